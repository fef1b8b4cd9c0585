// "Start from my files": paste or upload; the files merge into the plan, and the panel lists what they set, what the
// wizard writes differently, the versions it assumed, and the files' problems. Undo goes back one import at a time,
// through every import since the panel opened (a pasted link starts it anew). The files read so far are checked
// together, so reading two one after the other gives what reading both at once gives.
import { useEffect, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { describeDiagnostic } from '../../../content/describe';
import { type UiImportMessages, uiImportEn } from '../../../content/ui-import.en';
import { uiImportZh } from '../../../content/ui-import.zh';
import { MAX_INPUT_BYTES, MAX_NODE_LIST_BYTES } from '../../../domain/limits';
import { decodeFileText } from '../../../domain/parse/encoding';
import type { FilesAnalysis, InputFile, VersionChoice } from '../../../domain/parse/files';
import type { Plan } from '../../../domain/plan';
import type { ImportMerge } from '../../../domain/plan-import';
import { KUBERNETES_MINORS, parseKubernetesVersion } from '../../../domain/versions';
import { engine, unlessSuperseded } from '../../engine/client';
import { useI18n } from '../../shared/i18n';
import { FLANNEL_OPTIONS, KUBERNETES_OPTIONS } from '../../shared/version-options';
import { useStepsUi } from '../../shared/steps-ui';
import { WithCode } from '../../components/with-code';

/** The files read so far and what reading them did; the state before each import is kept for undo. */
interface Session {
  files: InputFile[];
  analysis: FilesAnalysis | null;
  merge: ImportMerge | null;
}
const EMPTY: Session = { files: [], analysis: null, merge: null };

// Both languages load with the panel (it is loaded on demand itself), so its words never flash in English.
function useImportUi(): UiImportMessages {
  const { lang } = useI18n();
  return lang === 'zh' ? uiImportZh : uiImportEn;
}

const MINORS = [...KUBERNETES_MINORS];
const RANGE = `1.${Math.min(...MINORS)}–1.${Math.max(...MINORS)}`;
/** A Kubernetes version this tool has no facts for (a file may name any). */
const outsideRange = (version: string): boolean => {
  const parsed = parseKubernetesVersion(version);
  return !parsed || !MINORS.some((minor) => parsed.text === `1.${minor}`);
};

/** onImport receives the plan to show: the merged one, or the one before the import on undo. */
export function ImportPanel({ onImport, onClose, hidden }: { onImport: (plan: Plan) => void; onClose: () => void; hidden?: boolean }) {
  const ui = useStepsUi();
  const words = useImportUi();
  const { rules, requestRules } = useI18n();
  const { getValues, setValue, control } = useFormContext<Plan>();
  // The files' problems are listed in words, never as bare rule ids: the words load when the panel opens.
  useEffect(requestRules, [requestRules]);
  const [text, setText] = useState('');
  const [session, setSession] = useState<Session>(EMPTY);
  // The plan and session before each import, oldest first.
  const [history, setHistory] = useState<Array<{ plan: Plan; session: Session }>>([]);
  const [undone, setUndone] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);
  const [busy, setBusy] = useState(false);
  // Files of the last read that were not recognised, and whether they were all it had.
  const [unrecognised, setUnrecognised] = useState<{ paths: string[]; alone: boolean }>({ paths: [], alone: false });
  const analysis = session.analysis;
  const problems = useMemo(
    () => (rules ? (analysis?.diagnostics ?? []).filter((d) => d.severity !== 'info').map((d) => describeDiagnostic(d, rules)) : []),
    [analysis, rules],
  );

  const read = async (incoming: InputFile[]) => {
    setTooLarge(false);
    setUndone(false);
    // Only kubectl's JSON List of Nodes may pass 1 MiB (a 5,000-node cluster's is about 40 MB): the engine tells.
    if (incoming.some((f) => f.text.length > MAX_NODE_LIST_BYTES)) {
      setTooLarge(true);
      return;
    }
    setBusy(true);
    try {
      // The parsers (and the YAML loader they use) run in the engine worker, loaded when someone first imports; the
      // page stays answering meanwhile, and says it is reading (import-progress.tsx).
      const kinds = await engine.ask('detect', incoming.map((f) => f.text));
      // Unrecognised files are named, not kept: they would only repeat their note on every later import.
      const known = incoming.filter((_, i) => kinds[i] !== 'unknown');
      // A large file that is no List of Nodes was not read for its size, not for its content.
      const oversized = incoming.filter((f, i) => kinds[i] !== 'nodes' && f.text.length > MAX_INPUT_BYTES);
      if (oversized.length) setTooLarge(true);
      setUnrecognised({ paths: incoming.filter((f) => !known.includes(f) && !oversized.includes(f)).map((f) => f.path), alone: known.length === 0 && !oversized.length });
      if (!known.length) return;
      // A file of a name read before replaces it (a corrected upload); each paste is a file of its own.
      const files = [...session.files.filter((f) => !known.some((k) => k.path === f.path)), ...known];
      const current = getValues();
      const { analysis: next, merge } = await engine.ask('import', {
        files,
        assume: { kubernetesVersion: current.kubernetesVersion, flannelVersion: current.flannelVersion },
        current,
        ...(session.analysis ? { previous: session.analysis } : {}),
      });
      setHistory((before) => [...before, { plan: current, session }]);
      setSession({ files, analysis: next, merge });
      onImport(merge.plan);
    } catch (error) {
      // A newer import (an upload while a paste is read) replaced this one: its answer is dropped.
      unlessSuperseded(error);
    } finally {
      setBusy(false);
    }
  };

  /** A version chosen for one the files do not name: the files are checked again for it (nothing is merged). */
  const reassume = async () => {
    if (!session.analysis) return;
    const { analyzeFiles } = await import('../../../domain/parse/files');
    const { kubernetesVersion, flannelVersion } = getValues();
    const analysis = analyzeFiles(session.files, { assume: { kubernetesVersion, flannelVersion } });
    setSession((s) => (s.files === session.files ? { ...s, analysis } : s));
  };

  const pastedPath = (): string => {
    const taken = new Set(session.files.map((f) => f.path));
    for (let n = 1; ; n++) {
      const path = n === 1 ? ui.pasted : `${ui.pasted} ${n}`;
      if (!taken.has(path)) return path;
    }
  };

  return (
    <section className="import-panel" aria-labelledby="import-heading" hidden={hidden}>
      <h2 id="import-heading">{ui.importTitle}</h2>
      <p>
        <WithCode text={ui.importIntro} />
      </p>
      <div className="field">
        <label htmlFor="import-text">{ui.pasteLabel}</label>
        <textarea id="import-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <div className="field-input">
          <button type="button" disabled={busy || text.trim() === ''} onClick={() => void read([{ path: pastedPath(), text }])}>
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
            if (list.some((file) => file.size > MAX_NODE_LIST_BYTES)) setTooLarge(true);
            // Decoded as the CLI and kubeadm decode them: UTF-16 by its byte-order mark (PowerShell's `>`), else UTF-8.
            else void Promise.all(list.map(async (file) => ({ path: file.name, text: decodeFileText(new Uint8Array(await file.arrayBuffer())) }))).then(read);
          }}
        />
      </div>
      <div role="status" className="import-result">
        {tooLarge ? (
          <p>
            <WithCode text={ui.importTooLarge} />
          </p>
        ) : null}
        {undone ? <p>{words.undone(history.length)}</p> : null}
        {unrecognised.paths.length ? (
          <p>
            {ui.importResult(unrecognised.paths.map((path) => `${path} (${ui.fileKinds.unknown})`).join(', '))}
            {unrecognised.alone ? ` ${ui.importNothing}` : ''}
          </p>
        ) : null}
        {analysis ? <p>{words.filesRead(analysis.files.map((f) => `${f.path} (${f.kinds.map((kind) => ui.fileKinds[kind]).join(' + ')})`).join(', '))}</p> : null}
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
                  <WithCode text={d.message} />
                  {d.more ? <p className="import-note">{words.moreLikeThis(d.more, d.location?.file ?? '')}</p> : null}
                  <details>
                    <summary>{ui.why}</summary>
                    <p>
                      <WithCode text={d.explanation} />
                    </p>
                    <p>
                      <WithCode text={d.fix} />
                    </p>
                  </details>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {session.merge && analysis ? (
        <>
          <ImportChanges merge={session.merge} words={words} />
          <ImportVersions analysis={analysis} words={words} control={control} setValue={setValue} onChoose={() => void reassume()} />
          {session.merge.adjustments.length ? (
            <>
              <h3>{words.adjustmentsTitle}</h3>
              <ul className="import-adjustments">
                {session.merge.adjustments.map((a, i) => (
                  <li key={i}>{words.adjustment(a)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {history.length ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const last = history[history.length - 1]!;
            onImport(last.plan);
            setSession(last.session);
            setHistory(history.slice(0, -1));
            setUndone(true);
          }}
        >
          {words.undo}
        </button>
      ) : null}{' '}
      <button type="button" className="secondary" onClick={onClose}>
        {ui.importClose}
      </button>
    </section>
  );
}

function ImportChanges({ merge, words }: { merge: ImportMerge; words: UiImportMessages }) {
  const show = (field: string, value: string): string => {
    if (field === 'flannel.backend' && value === '') return words.values.noBackend!;
    if (value === '') return words.empty;
    return field === 'stack' || field === 'primaryFamily' || field === 'flannel.enableNFTables' ? (words.values[value] ?? value) : value;
  };
  return (
    <>
      <h3>{words.changesTitle}</h3>
      <ul className="import-changes">
        {merge.changes.map((c) => (
          <li key={c.field}>
            {c.before === c.after ? words.keptLine(words.fields[c.field], show(c.field, c.after)) : words.changedLine(words.fields[c.field], show(c.field, c.before), show(c.field, c.after))}
          </li>
        ))}
        {merge.changes.length === 0 ? <li>{words.noChanges}</li> : null}
      </ul>
    </>
  );
}

/** Each version: where it came from, or "assumed" with a one-click choice; a note when it is outside what is known. */
function ImportVersions({
  analysis,
  words,
  control,
  setValue,
  onChoose,
}: {
  analysis: FilesAnalysis;
  words: UiImportMessages;
  control: ReturnType<typeof useFormContext<Plan>>['control'];
  setValue: ReturnType<typeof useFormContext<Plan>>['setValue'];
  onChoose: () => void;
}) {
  const [kubernetesVersion, flannelVersion] = useWatch({ control, name: ['kubernetesVersion', 'flannelVersion'] });
  const line = (field: 'kubernetesVersion' | 'flannelVersion', choice: VersionChoice, shown: string, current: string) => {
    const name = words.fields[field];
    const label = field === 'flannelVersion' ? `v${shown}` : shown;
    if (choice.source === 'default' || choice.source === 'api-version') {
      const options = field === 'flannelVersion' ? FLANNEL_OPTIONS : KUBERNETES_OPTIONS;
      const all = options.some((o) => o.value === current) ? options : [{ value: current, label: current }, ...options];
      return (
        <li>
          {words.versionLine(name, words.versionAssumed(field === 'flannelVersion' ? `v${current}` : current))}{' '}
          <select
            aria-label={words.versionChoose(name)}
            value={current}
            onChange={(e) => {
              setValue(field, e.target.value, { shouldValidate: true, shouldDirty: true });
              onChoose();
            }}
          >
            {all.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </li>
      );
    }
    const where = choice.source === 'comment' ? words.versionFromHeader(label, choice.file ?? '') : words.versionFrom(label, choice.file ?? '');
    return (
      <li>
        {words.versionLine(name, where)}
        {field === 'kubernetesVersion' && outsideRange(shown) ? <span className="import-note"> {words.versionOutside(shown, RANGE)}</span> : null}
      </li>
    );
  };
  return (
    <>
      <h3>{words.versionsTitle}</h3>
      <ul className="import-versions">
        {line('kubernetesVersion', analysis.kubernetesVersion, analysis.kubernetesVersion.value, kubernetesVersion)}
        {line('flannelVersion', analysis.flannelVersion, analysis.flannelVersion.value, flannelVersion)}
      </ul>
    </>
  );
}
