// "Start from my files": paste or upload; the wizard fills itself in and lists the files' problems.
import { useState } from 'react';
import { describeDiagnostic, type DescribedDiagnostic } from '../../content/describe';
import type { FilesAnalysis, InputFile } from '../../domain/parse/files';
import { MAX_INPUT_BYTES } from '../../domain/parse/yaml';
import { useI18n } from '../i18n';

interface ImportResult {
  summary: string;
  problems: DescribedDiagnostic[];
}

export function ImportPanel({ onImport, onClose }: { onImport: (analysis: FilesAnalysis) => void; onClose: () => void }) {
  const { ui, rules } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (files: InputFile[]) => {
    if (files.some((f) => f.text.length > MAX_INPUT_BYTES)) {
      setResult({ summary: ui.importTooLarge, problems: [] });
      return;
    }
    setBusy(true);
    try {
      // The parsers (and the YAML loader they use) load only when someone imports.
      const { analyzeFiles } = await import('../../domain/parse/files');
      const analysis = analyzeFiles(files);
      const recognised = analysis.files.filter((f) => f.kind !== 'unknown');
      const summary = recognised.length
        ? ui.importResult(analysis.files.map((f) => `${f.path} (${ui.fileKinds[f.kind]})`).join(', '))
        : ui.importNothing;
      if (recognised.length) onImport(analysis);
      setResult({ summary, problems: analysis.diagnostics.filter((d) => d.severity !== 'info').map((d) => describeDiagnostic(d, rules)) });
    } finally {
      setBusy(false);
    }
  };

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
            if (list.some((file) => file.size > MAX_INPUT_BYTES)) setResult({ summary: ui.importTooLarge, problems: [] });
            else void Promise.all(list.map(async (file) => ({ path: file.name, text: await file.text() }))).then(read);
          }}
        />
      </div>
      {result ? (
        <div role="status" className="import-result">
          <p>{result.summary}</p>
          {result.problems.length ? (
            <>
              <h3>{ui.importProblems}</h3>
              <ul>
                {result.problems.map((d, i) => (
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
      ) : null}
      <button type="button" className="secondary" onClick={onClose}>
        {ui.importClose}
      </button>
    </section>
  );
}
