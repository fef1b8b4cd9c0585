// A generated file with line numbers and its explanations beside the lines they explain.
import { memo, useState } from 'react';
import { type Plan, exampleValues } from '../../domain/plan';
import type { RenderedFile } from '../../domain/render/kubeadm';
import { useDiagnosticActions } from '../shared/diagnostics';
import { useI18n } from '../shared/i18n';
import { hasMaskedSecrets, revealSecrets } from '../../domain/render/secrets';
import { download } from '../shared/download';
import { sessionSecrets } from '../shared/join-secrets';
import { useStepsUi } from '../shared/steps-ui';

/** A file as it is downloaded or copied: the preview's masks replaced by this tab's secrets (join-secrets.ts). */
export const forDownload = (file: RenderedFile): RenderedFile => revealSecrets(file, sessionSecrets());

/** text: what is copied, or a function that gives it at the click (so secrets are made only when asked for). */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const ui = useStepsUi();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          navigator.clipboard
            .writeText(typeof text === 'function' ? text() : text)
            .then(() => setState('copied'))
            .catch(() => setState('failed'));
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? ui.copied : state === 'failed' ? ui.copyFailed : ''}
      </span>
    </>
  );
}

/** On the Chinese page: keep the files' comments and NEXT-STEPS.md in English (teams share files). */
export function FilesEnglishSwitch() {
  const ui = useStepsUi();
  const { lang, filesEnglish, setFilesEnglish } = useI18n();
  if (lang !== 'zh') return null;
  return (
    <div className="field field-checkbox">
      <input type="checkbox" id="files-english" checked={filesEnglish} onChange={(e) => setFilesEnglish(e.currentTarget.checked)} aria-describedby="files-english-hint" />
      <label htmlFor="files-english">{ui.filesEnglish}</label>
      <p className="hint" id="files-english-hint">
        {ui.filesEnglishHint}
      </p>
    </div>
  );
}

/** level: of the file name's heading, under the heading of where the file is shown. */
// Memoised: the preview panel re-renders when the diagnostics change (its error banner); the file, rendered once per
// plan, then stays as it is.
export const FilePreview = memo(function FilePreview({ file, level = 3 }: { file: RenderedFile; level?: 3 | 5 }) {
  const ui = useStepsUi();
  const Heading = level === 5 ? 'h5' : 'h3';
  const masked = hasMaskedSecrets(file.content);
  const lineCount = file.content.replace(/\n$/, '').split('\n').length;
  const notes = new Map<number, string[]>();
  for (const a of file.annotations) notes.set(a.line, [...(notes.get(a.line) ?? []), a.text]);
  const headingId = `file-${file.name.replace(/[^a-z0-9]/gi, '-')}`;
  // One text node for the code and one for the line numbers: a keystroke updates two text nodes, not a span per line.
  const numbers = Array.from({ length: lineCount }, (_, i) => i + 1).join('\n');
  return (
    <section className="file" aria-labelledby={headingId}>
      <div className="file-header">
        <Heading id={headingId}>{file.name}</Heading>
        <div className="file-actions">
          <button type="button" onClick={() => download(file.name, forDownload(file).content, file.mediaType)}>
            {ui.download(file.name)}
          </button>
          <CopyButton text={() => forDownload(file).content} label={ui.copy(file.name)} />
        </div>
      </div>
      {masked ? <p className="hint file-hint">{ui.maskedHint}</p> : null}
      <div className="file-body">
        <div className="code-view">
          <pre className="line-numbers" aria-hidden="true">
            {numbers}
          </pre>
          <pre className="code" tabIndex={0} aria-label={file.name}>
            {file.content}
          </pre>
        </div>
        {file.annotations.length ? (
          <ul className="annotations">
            {[...notes].map(([line, texts]) => (
              <li key={line}>
                <strong>{ui.lineNote(line)}:</strong> {texts.join(' ')}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
});

// Says, wherever the files are offered for download, that the nodes still hold the built-in example's values: a plan
// without problems is not the user's plan while its nodes are the example's. It lives with the download buttons, so
// the review step and the preview share one chunk for both.
export function ExampleNotice({ plan, goTo = false }: { plan: Plan; goTo?: boolean }) {
  const { ui } = useI18n();
  const { goToField } = useDiagnosticActions();
  const values = exampleValues(plan);
  if (!values.length) return null;
  const nodes = [...new Set(values.map((v) => v.index))].map((index) =>
    ui.exampleNode(
      plan.nodes[index]!.name,
      values
        .filter((v) => v.index === index && v.field !== 'name')
        .map((v) => v.value)
        .join(ui.listSeparator),
    ),
  );
  const first = values[0]!;
  return (
    <div className="example-banner">
      <p id={goTo ? 'example-values-note' : undefined}>{ui.exampleValues(nodes.join(ui.nodeSeparator))}</p>
      {goTo ? (
        <button type="button" className="secondary" aria-describedby="example-values-note" onClick={() => goToField(`nodes.${first.index}.${first.field}`)}>
          {ui.goToField}
        </button>
      ) : null}
    </div>
  );
}
