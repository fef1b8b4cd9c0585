// "Start from my files": paste or upload; the wizard fills itself in and lists the files' problems.
import { useEffect, useMemo, useState } from 'react';
import { describeDiagnostic } from '../../content/describe';
import { MAX_INPUT_BYTES } from '../../domain/limits';
import type { FilesAnalysis, InputFile } from '../../domain/parse/files';
import type { Plan } from '../../domain/plan';
import { toWizardPlan } from '../../domain/plan-import';
import { useI18n } from '../i18n';
import { useStepsUi } from '../steps-ui';

/** onImport receives the files' plan in the form the wizard edits. */
export function ImportPanel({ onImport, onClose }: { onImport: (plan: Plan) => void; onClose: () => void }) {
  const ui = useStepsUi();
  const { rules, requestRules } = useI18n();
  // The files' problems are listed in words, never as bare rule ids: the words load when the panel opens.
  useEffect(requestRules, [requestRules]);
  const [text, setText] = useState('');
  const [analysis, setAnalysis] = useState<FilesAnalysis | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [busy, setBusy] = useState(false);
  const problems = useMemo(
    () => (rules ? (analysis?.diagnostics ?? []).filter((d) => d.severity !== 'info').map((d) => describeDiagnostic(d, rules)) : []),
    [analysis, rules],
  );

  const read = async (files: InputFile[]) => {
    setTooLarge(false);
    if (files.some((f) => f.text.length > MAX_INPUT_BYTES)) {
      setAnalysis(null);
      setTooLarge(true);
      return;
    }
    setBusy(true);
    try {
      // The parsers (and the YAML loader they use) load only when someone imports.
      const { analyzeFiles } = await import('../../domain/parse/files');
      const result = analyzeFiles(files);
      if (result.files.some((f) => f.kind !== 'unknown')) onImport(toWizardPlan(result.plan));
      setAnalysis(result);
    } finally {
      setBusy(false);
    }
  };

  const recognised = analysis?.files.some((f) => f.kind !== 'unknown') ?? false;
  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{ui.importTitle}</h2>
      <p>{ui.importIntro}</p>
      <div className="field">
        <label htmlFor="import-text">{ui.pasteLabel}</label>
        <textarea id="import-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <div className="field-input">
          <button type="button" disabled={busy || text.trim() === ''} onClick={() => void read([{ path: ui.pasted, text }])}>
            {ui.importButton}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="import-files">{ui.uploadLabel}</label>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".yaml,.yml,.json,text/plain,application/json,application/yaml"
          onChange={(e) => {
            const list = [...(e.target.files ?? [])];
            // A huge file is refused before it is read into memory.
            if (list.some((file) => file.size > MAX_INPUT_BYTES)) {
              setAnalysis(null);
              setTooLarge(true);
            } else void Promise.all(list.map(async (file) => ({ path: file.name, text: await file.text() }))).then(read);
          }}
        />
      </div>
      <div role="status" className="import-result">
        {tooLarge ? <p>{ui.importTooLarge}</p> : null}
        {analysis ? <p>{recognised ? ui.importResult(analysis.files.map((f) => `${f.path} (${ui.fileKinds[f.kind]})`).join(', ')) : ui.importNothing}</p> : null}
        {problems.length ? (
          <>
            <h3>{ui.importProblems}</h3>
            <ul>
              {problems.map((d, i) => (
                <li key={i} className={`diagnostic diagnostic-${d.severity}`}>
                  <span className="severity">{ui.severity[d.severity]}</span>{' '}
                  <code>
                    {d.location?.file}
                    {d.location?.line ? `:${d.location.line}` : ''}
                  </code>{' '}
                  {d.message}
                  <details>
                    <summary>{ui.why}</summary>
                    <p>{d.explanation}</p>
                    <p>{d.fix}</p>
                  </details>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <button type="button" className="secondary" onClick={onClose}>
        {ui.importClose}
      </button>
    </section>
  );
}
