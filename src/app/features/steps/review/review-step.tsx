import { useMemo, useState, useSyncExternalStore } from 'react';
import { backendHasPsk, linkGaps } from '../../../../domain/link-gaps';
import type { Plan } from '../../../../domain/plan';
import type { RenderedFile } from '../../../../domain/render/kubeadm';
import { type FlannelWay, type GuideBlock, type Inline, nextStepsGuide } from '../../../../domain/render/next-steps';
import { CopyButton, ExampleNotice, FilePreview, FilesEnglishSwitch, forDownload } from '../../../components/file-preview';
import { download } from '../../../shared/download';
import { useAllDiagnostics } from '../../../shared/diagnostics';
import { currentSecrets, subscribeSecrets, typeSecret } from '../../../shared/join-secrets';
import { AddressSpaceOf } from '../../picture';
import { useStepsUi } from '../../../shared/steps-ui';
import { usePageRenderWords } from '../../../shared/use-rendered-files';
import { zipFiles } from './meta';

/** Plan values stay text: React escapes them, and nothing here is parsed as markup. */
function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => (typeof part === 'string' ? part : <code key={i}>{part.code}</code>))}
    </>
  );
}

/** A token or key the user already has; an invalid one is said at the field and never reaches a file. */
function SecretField({ kind }: { kind: 'token' | 'certificateKey' }) {
  const ui = useStepsUi();
  const [invalid, setInvalid] = useState(false);
  const id = `join-${kind}`;
  const label = kind === 'token' ? ui.tokenLabel : ui.certificateKeyLabel;
  const hint = kind === 'token' ? ui.tokenHint : ui.certificateKeyHint;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          const value = e.currentTarget.value.trim();
          setInvalid(value !== '' && !typeSecret(kind, value));
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div id={`${id}-error`} role="alert" className="field-errors">
        {invalid ? <p>{kind === 'token' ? ui.tokenInvalid : ui.certificateKeyInvalid}</p> : null}
      </div>
    </div>
  );
}

/** Where this tab's token and key come from, said plainly, and the fields to type one's own. */
function JoinSecretsFields() {
  const ui = useStepsUi();
  const state = useSyncExternalStore(subscribeSecrets, currentSecrets, () => null);
  const said = state === null ? ui.secretsNone : state.origin === 'made' ? ui.secretsMade : state.origin === 'kept' ? ui.secretsKept : ui.secretsTyped;
  return (
    <div className="join-secrets">
      <p className="hint">{ui.secretsHint}</p>
      <SecretField kind="token" />
      <SecretField kind="certificateKey" />
      <p role="status">{said}</p>
    </div>
  );
}

function Commands({ lines }: { lines: string[] }) {
  const ui = useStepsUi();
  const text = lines.join('\n');
  return (
    <div className="commands">
      <pre tabIndex={0}>
        <code>{text}</code>
      </pre>
      <div className="commands-actions">
        <CopyButton text={text} label={ui.copyCommands} />
      </div>
    </div>
  );
}

function Block({ block, files, way, onWay }: { block: GuideBlock; files: Map<string, RenderedFile>; way: FlannelWay; onWay: (way: FlannelWay) => void }) {
  const ui = useStepsUi();
  switch (block.kind) {
    case 'text':
      return (
        <p>
          <InlineText parts={block.parts} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineText parts={item} />
            </li>
          ))}
        </ul>
      );
    case 'commands':
      return <Commands lines={block.lines} />;
    case 'files':
      return (
        <>
          {block.names.map((name) => {
            const file = files.get(name);
            return file ? <FilePreview key={name} file={file} level={5} /> : null;
          })}
        </>
      );
    case 'choice': {
      const chosen = block.options.find((o) => o.id === way) ?? block.options[0]!;
      return (
        <div className="alternatives">
          <fieldset className="field">
            <legend>
              <InlineText parts={block.intro} />
            </legend>
            {block.options.map((option) => (
              <div className="radio" key={option.id}>
                <input type="radio" id={`flannel-way-${option.id}`} name="flannel-way" value={option.id} checked={option.id === chosen.id} onChange={() => onWay(option.id)} />
                <label htmlFor={`flannel-way-${option.id}`}>{option.title}</label>
              </div>
            ))}
          </fieldset>
          {chosen.blocks.map((b, i) => (
            <Block key={`${chosen.id}-${i}`} block={b} files={files} way={way} onWay={onWay} />
          ))}
        </div>
      );
    }
    case 'join':
      return (
        <>
          {block.nodes.map((node) => (
            <div className="join-node" key={node.file}>
              <p>{ui.joinOn(node.name, ui.roles[node.role])}</p>
              <Commands lines={[node.command]} />
              {files.get(node.file) ? <FilePreview file={files.get(node.file)!} level={5} /> : null}
            </div>
          ))}
        </>
      );
  }
}

export function ReviewStep({ files, permalink, plan }: { files: RenderedFile[]; permalink: string; plan: Plan }) {
  const ui = useStepsUi();
  // What the link cannot hold is named beside it, before it is shared.
  const gaps = linkGaps(plan);
  const all = useAllDiagnostics();
  const [zipping, setZipping] = useState(false);
  const [way, setWay] = useState<FlannelWay>('kustomize');
  const errors = all.filter((d) => d.severity === 'error').length;
  // The guide on the page is in the page's language (the English-comments switch changes the files only).
  const words = usePageRenderWords();
  const guide = useMemo(() => nextStepsGuide(plan, words ?? undefined), [plan, words]);
  const byName = useMemo(() => new Map(files.map((f) => [f.name, f])), [files]);
  const nextSteps = byName.get('NEXT-STEPS.md');
  return (
    <>
      {errors ? (
        <p className="error-banner" role="alert">
          {ui.errorsBlock(errors)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="permalink">{ui.permalink}</label>
        <div className="field-input">
          <input id="permalink" readOnly value={permalink} aria-describedby={gaps.length ? 'permalink-hint permalink-gaps' : 'permalink-hint'} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={permalink} label={ui.copyLink} />
        </div>
        <p className="hint" id="permalink-hint">
          {backendHasPsk(plan) ? ui.permalinkHintPsk : ui.permalinkHint}
        </p>
        {gaps.length ? (
          <div className="hint link-gaps" id="permalink-gaps">
            <p>{ui.linkGapsTitle}</p>
            <ul>
              {gaps.map((gap, i) => (
                <li key={i}>{gap.reason === 'secret' ? ui.linkGapPsk : gap.key === '' ? ui.linkGapLong : ui.linkGapNotHeld(gap.key, ui.dropReasons[gap.reason] ?? gap.reason)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <FilesEnglishSwitch />
      <ExampleNotice plan={plan} goTo />
      <div className="download-all">
        <button
          type="button"
          disabled={zipping}
          onClick={() => {
            setZipping(true);
            void zipFiles(files)
              .then((zip) => download('dualstack-wizard.zip', zip, 'application/zip'))
              .finally(() => setZipping(false));
          }}
        >
          {ui.downloadAll}
        </button>
        {nextSteps ? (
          <button type="button" className="secondary" onClick={() => download(nextSteps.name, forDownload(nextSteps).content, nextSteps.mediaType)}>
            {ui.download(nextSteps.name)}
          </button>
        ) : null}
        {guide.sections.some((s) => s.id === 'join') ? <JoinSecretsFields /> : null}
      </div>
      <AddressSpaceOf plan={plan} />
      {/* NEXT-STEPS.md as a guide: its steps in order, each with its files and copyable commands. */}
      <section aria-labelledby="guide-heading" className="guide">
        <h3 id="guide-heading">{ui.guideTitle}</h3>
        {guide.summary.map((line, i) => (
          <p key={i}>
            <InlineText parts={line} />
          </p>
        ))}
        {guide.sections.map((section) => (
          <section key={section.id} aria-labelledby={`guide-${section.id}`} className="guide-section">
            <h4 id={`guide-${section.id}`}>
              {section.number === null ? null : `${section.number}. `}
              <InlineText parts={section.title} />
            </h4>
            {section.blocks.map((block, i) => (
              <Block key={i} block={block} files={byName} way={way} onWay={setWay} />
            ))}
          </section>
        ))}
      </section>
    </>
  );
}
