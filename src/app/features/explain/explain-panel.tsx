// "Paste an error or a log": the rules whose upstream messages the pasted text holds, best first, each with the line
// it was found on, what it means, the fix, the versions that print it, its rule page and, where the log says enough,
// a one-click fix applied to the wizard the way an import is (so it can be undone). The matcher runs in a worker
// (client.ts): a 10 MB paste never blocks typing, and the text box keeps everything pasted.
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { describeDiagnostic } from '../../../content/describe';
import { type UiExplainMessages, uiExplainEn } from '../../../content/ui-explain.en';
import { uiExplainZh } from '../../../content/ui-explain.zh';
import type { LogMatch, MessageVersions } from '../../../domain/explain';
import { familyLabel, type Family } from '../../../domain/cidr';
import { type ExampleValue, type Plan, stackFamilies } from '../../../domain/plan';
import type { Params, PlanFix } from '../../../domain/rules/types';
import { NEWEST_FLANNEL, OLDEST_FLANNEL, type VersionRange } from '../../../domain/versions';
import { useDiagnosticActions } from '../../shared/diagnostics';
import { Explainer, Superseded } from './client';
import type { MatchView } from './protocol';
import { useI18n } from '../../shared/i18n';
import { usePlanAfterPaint } from '../../shared/plan-after-paint';
import { WithCode } from '../../components/with-code';
import { rulePagePath } from '../../../content/rule-page-path';

/** The matcher starts once typing or pasting pauses this long. */
const PAUSE_MS = 300;

type State = { kind: 'empty' } | { kind: 'reading'; size: string } | { kind: 'done'; matches: MatchView[]; size: string } | { kind: 'failed' };

const formatSize = (chars: number): string => (chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1e3))} KB`);

/** What the page adds to a match: the rule words' parameters, and the plan with its fix where the log says enough. */
interface Extra {
  params: Params;
  fixed: { plan: Plan; fix: PlanFix } | null;
  /** The example's node values to replace before the fix can be offered, with their node's name. */
  fill: Array<ExampleValue & { node: string }>;
}
type FixedPlanFor = (match: LogMatch, base: Plan) => { plan: Plan; fix: PlanFix } | null;

// A parameter neither the log nor a plan gives reads as "…" (`dualstack-wizard explain` writes <name>; an ellipsis
// needs no translation on the Chinese page).
function placeholders(known: Params): Params {
  return new Proxy(known, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? '…') : undefined) });
}
// A number computed from a placeholder is no number: an ellipsis rather than NaN.
const tidy = (text: string): string => text.replace(/\bNaN\b/g, '…');

/** "0.15.0–v0.20.1" (the words put the first "v"), for the words' version where the log names none. */
function flannelRange(range: VersionRange | undefined): string {
  const from = range?.from ?? OLDEST_FLANNEL;
  const to = range?.to ?? NEWEST_FLANNEL;
  return from === to ? from : `${from}–v${to}`;
}

function versionsText(versions: MessageVersions | undefined, words: UiExplainMessages): string {
  if (!versions) return words.anyVersion;
  const range = (r: VersionRange, prefix: string): string => {
    const from = r.from ? `${prefix}${r.from}` : '';
    const to = r.to ? `${prefix}${r.to}` : '';
    if (from && to) return from === to ? from : words.range(from, to);
    if (from) return words.fromVersion(from);
    if (to) return words.upTo(to);
    return words.anyVersion;
  };
  const parts = [
    ...(versions.flannel ? [words.flannelVersions(range(versions.flannel, 'v'))] : []),
    ...(versions.kubernetes ? [words.kubernetesVersions(range(versions.kubernetes, ''))] : []),
  ];
  return parts.length ? parts.join('; ') : words.anyVersion;
}

/** A line of the log with the matched text marked; the whole line when the text is not found in it as shown. */
function MarkedLine({ text, excerpt }: { text: string; excerpt: string }) {
  const at = excerpt ? text.indexOf(excerpt) : -1;
  if (at < 0) return <mark>{text}</mark>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{excerpt}</mark>
      {text.slice(at + excerpt.length)}
    </>
  );
}

/** What to fill in before a fix can be offered; a family the stack leaves out is chosen on the Cluster step first. */
function FillFirst({ fill, plan, words, goTo, label, id }: { fill: Array<ExampleValue & { node: string }>; plan: Plan; words: UiExplainMessages; goTo: (field: string) => void; label: string; id: string }) {
  const families = stackFamilies(plan);
  const missing = fill.find((v): v is ExampleValue & { node: string; field: Family } => v.field !== 'name' && !families.includes(v.field));
  const first = fill[0]!;
  return (
    <>
      <p className="explain-fill" id={id}>
        {words.fillFirst(fill.map((v) => words.fillValue(v.node, v.field)).join(words.listSeparator), missing ? familyLabel(missing.field) : '')}
      </p>
      <button type="button" className="secondary" aria-describedby={id} onClick={() => goTo(missing ? 'stack' : `nodes.${first.index}.${first.field}`)}>
        {label}
      </button>
    </>
  );
}

/** generation: the count of plans from elsewhere (a pasted link; shell/history.ts); fixes applied before one are no longer undone. */
export function ExplainPanel({ onApply, onClose, hidden, generation }: { onApply: (plan: Plan) => void; onClose: () => void; hidden?: boolean; generation: number }) {
  const { ui, lang, rules, requestRules } = useI18n();
  const words = lang === 'zh' ? uiExplainZh : uiExplainEn;
  const { getValues } = useFormContext<Plan>();
  const { goToField } = useDiagnosticActions();
  // The matches are explained in the rules' words: they load when the panel opens.
  useEffect(requestRules, [requestRules]);
  const text = useRef<HTMLTextAreaElement>(null);
  const [explainer] = useState(() => new Explainer());
  useEffect(() => () => explainer.dispose(), [explainer]);
  const [state, setState] = useState<State>({ kind: 'empty' });
  // Every fix applied since the panel opened (or since a pasted link), oldest first: undo goes back one at a time.
  const [applied, setApplied] = useState<Array<{ before: Plan; changes: string }>>([]);
  const [undone, setUndone] = useState(false);
  useEffect(() => {
    setApplied([]);
    setUndone(false);
  }, [generation]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const run = useCallback(async () => {
    const value = text.current?.value ?? '';
    if (!/\S/.test(value)) {
      explainer.dispose();
      setState({ kind: 'empty' });
      return;
    }
    const size = formatSize(value.length);
    setState({ kind: 'reading', size });
    try {
      setState({ kind: 'done', matches: await explainer.run(value), size });
    } catch (error) {
      if (!(error instanceof Superseded)) setState({ kind: 'failed' });
    }
  }, [explainer]);
  const schedule = useCallback(
    (value: string) => {
      clearTimeout(timer.current);
      // "Reading" shows at once: the page says it has the text while it waits for the pause and while it reads.
      // An input event that changes nothing shown keeps the state object: a paste or a test's fill can fire dozens of
      // input events in one task, and a new object per event re-rendered the panel (and its effects) each time.
      const next: State = /\S/.test(value) ? { kind: 'reading', size: formatSize(value.length) } : { kind: 'empty' };
      setState((shown) => (shown.kind === next.kind && (shown.kind !== 'reading' || (next.kind === 'reading' && shown.size === next.size)) ? shown : next));
      timer.current = setTimeout(() => void run(), PAUSE_MS);
    },
    [run],
  );

  // The fixed plans and the words' parameters come from the rules, on this thread: they depend on the user's plan, and
  // follow it (a value typed in after "first put in your own …" brings the fix). Kept with the state they were computed for, so a new state hides them without an update of its own (a reset in
  // the effect re-rendered once more per input event: React's error #185 on a burst of them).
  const [computed, setExtras] = useState<{ for: State; extras: Map<string, Extra> } | null>(null);
  const extras = computed?.for === state ? computed.extras : null;
  const fixedPlanFor = useRef<FixedPlanFor | null>(null);
  const plan = usePlanAfterPaint();
  useEffect(() => {
    if (state.kind !== 'done') return;
    let live = true;
    void import('../../../domain/explain').then((explain) => {
      if (!live) return;
      fixedPlanFor.current = explain.fixedPlanFor;
      const base = plan;
      const next = new Map<string, Extra>();
      for (const { match } of state.matches) {
        const fixed = explain.fixedPlanFor(match, base);
        // The words' parameters: what the log quotes and what the user's plan holds (explain.ts matchParams).
        const params = explain.matchParams(match, base);
        // Flannel's words name the version ("Flannel v0.20.1 crashes"); a log rarely does: the versions that print it.
        if (params.version === undefined && match.component === 'flannel') params.version = flannelRange(match.versions?.flannel);
        next.set(match.rule, { params, fixed: fixed && { plan: fixed.plan, fix: fixed.fix }, fill: fixed ? [] : explain.valuesToFillIn(match, base).map((v) => ({ ...v, node: base.nodes[v.index]?.name ?? '' })) });
      }
      setExtras({ for: state, extras: next });
    });
    return () => {
      live = false;
    };
  }, [state, plan]);

  const described = useMemo(() => {
    if (state.kind !== 'done' || !rules || !extras) return null;
    return state.matches.map((view) => {
      const { match } = view;
      const extra: Extra = extras.get(match.rule) ?? { params: match.params, fixed: null, fill: [] };
      const described = describeDiagnostic(
        { rule: match.rule, severity: match.severity, component: match.component, phase: match.phase, fields: [], params: placeholders(extra.params), fixes: [] },
        rules,
      );
      const said = { message: tidy(described.message), explanation: tidy(described.explanation), fix: tidy(described.fix) };
      return { view, said, fixed: extra.fixed, fill: extra.fill };
    });
  }, [state, rules, extras]);

  const apply = (match: LogMatch, shown: { plan: Plan; fix: PlanFix }) => {
    const before = getValues();
    // The plan may have changed since the log was read: the fix is rebuilt on the plan as it is now, and none is applied
    // where it no longer holds (the matches are recomputed for the new plan).
    const fixed = fixedPlanFor.current ? fixedPlanFor.current(match, before) : shown;
    if (!fixed) return;
    onApply(fixed.plan);
    const label = rules?.fixLabels[fixed.fix.label]?.(fixed.fix.params ?? {}) ?? fixed.fix.label;
    setApplied((earlier) => [...earlier, { before, changes: label }]);
    setUndone(false);
    // The wizard opens at the fixed setting.
    const field = fixed.fix.set[0]?.field;
    if (field) goToField(field);
  };

  return (
    <section className="import-panel explain-panel" aria-labelledby="explain-heading" hidden={hidden}>
      <h2 id="explain-heading">{ui.explainTitle}</h2>
      <p>
        <WithCode text={words.intro} />
      </p>
      <div className="field">
        <label htmlFor="explain-text">{words.label}</label>
        <textarea id="explain-text" ref={text} rows={8} spellCheck={false} aria-describedby="explain-hint" onInput={(e) => schedule(e.currentTarget.value)} />
        <p className="hint" id="explain-hint">
          <WithCode text={words.hint} />
        </p>
      </div>
      <div role="status" className="explain-status">
        {state.kind === 'reading' || (state.kind === 'done' && !described) ? <p>{words.reading(state.size)}</p> : null}
        {state.kind === 'done' && described ? (
          <p>{state.matches.length ? words.found(state.matches.length) : <WithCode text={words.none} />}</p>
        ) : null}
        {state.kind === 'failed' ? <p>{words.failed}</p> : null}
        {applied.length && !undone ? <p>{words.applied(applied[applied.length - 1]!.changes)}</p> : null}
        {undone ? <p>{words.undone(applied.length)}</p> : null}
      </div>
      {applied.length ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onApply(applied[applied.length - 1]!.before);
              setApplied(applied.slice(0, -1));
              setUndone(true);
            }}
          >
            {words.undo}
          </button>
        </p>
      ) : null}
      {described?.length ? (
        <ol className="explain-matches">
          {described.map(({ view: { match, marked, first, context }, said, fixed, fill }) => (
            <li key={match.rule} className={`diagnostic diagnostic-${match.severity}`} data-rule={match.rule}>
              <h3 className="diagnostic-message">
                <span className="severity">{ui.severity[match.severity]}:</span> <WithCode text={said.message} />
              </h3>
              <figure className="explain-excerpt">
                <figcaption>
                  {words.matchedLine(match.line, match.occurrences)}
                </figcaption>
                <pre>
                  {context.map((line, i) => {
                    const number = first + i;
                    return (
                      <Fragment key={number}>
                        <span className="explain-line-number" aria-hidden="true">
                          {number}
                        </span>
                        {number === match.line ? <MarkedLine text={line} excerpt={marked} /> : line}
                        {'\n'}
                      </Fragment>
                    );
                  })}
                </pre>
              </figure>
              <h4>{words.meansTitle}</h4>
              <p>
                <WithCode text={said.explanation} />
              </p>
              <p className="diagnostic-phase">
                <WithCode text={ui.phase[match.phase]} />
              </p>
              {said.fix ? (
                <>
                  <h4>{words.fixTitle}</h4>
                  <p className="diagnostic-fix">
                    <WithCode text={said.fix} />
                  </p>
                </>
              ) : null}
              <h4>{words.versionsTitle}</h4>
              <p>{versionsText(match.versions, words)}</p>
              <div className="diagnostic-actions">
                {fixed ? (
                  <button type="button" onClick={() => apply(match, fixed)}>
                    {words.openFixed}
                  </button>
                ) : null}
                {fill.length ? <FillFirst fill={fill} plan={plan} words={words} goTo={goToField} label={ui.goToField} id={`explain-fill-${match.rule}`} /> : null}
                <a href={rulePagePath(match.rule, lang)}>{words.rulePage(match.rule)}</a>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="secondary" onClick={onClose}>
        {words.close}
      </button>
    </section>
  );
}
