// The wizard shell: stepper, the current step, the live preview and the problem summary.
// The shell itself does not watch the form; each part subscribes to what it shows, so a keystroke
// re-renders the current step, the diagnostics that changed and the preview, not the whole page.
import { Suspense, lazy, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { describeDiagnostic } from '../content/describe';
import { decodePlan, encodePlan } from '../domain/permalink';
import { type Plan, exampleValues } from '../domain/plan';
import type { Diagnostic, PlanFix } from '../domain/rules/types';
import { DiagnosticItem } from './components/diagnostic-item';
import { type DiagnosticActions, DiagnosticsProvider, DiagnosticsStore, useAllDiagnostics } from './shared/diagnostics';
import { STEPS, type StepId, diagnosticStep, ruleResolver, stepOf } from './shared/form';
import { fieldElement, focusField } from './shared/focus';
import { useI18n } from './shared/i18n';
import { ClusterStep } from './features/steps/cluster/cluster-step';
import { UrlWriter, entryDoc, newDocId } from './shell/url-state';
import { PlanAfterPaintProvider, usePlanAfterPaint } from './shared/plan-after-paint';
import { useRenderedFiles } from './shared/use-rendered-files';

// The first screen is the Cluster step, prerendered and hydrated at once (a lazy one would be replaced by its
// fallback when the form's first update reaches it before its code); the others load when they are opened.
const STEP_COMPONENTS: Record<Exclude<StepId, 'review'>, React.ComponentType> = {
  cluster: ClusterStep,
  pods: lazy(() => import('./features/steps/pods/pods-step').then((m) => ({ default: m.PodsStep }))),
  services: lazy(() => import('./features/steps/services/services-step').then((m) => ({ default: m.ServicesStep }))),
  nodes: lazy(() => import('./features/steps/nodes/nodes-step').then((m) => ({ default: m.NodesStep }))),
  flannel: lazy(() => import('./features/steps/flannel/flannel-step').then((m) => ({ default: m.FlannelStep }))),
};
const ReviewStep = lazy(() => import('./features/steps/review/review-step').then((m) => ({ default: m.ReviewStep })));
const PreviewPanel = lazy(() => import('./features/preview/preview-panel').then((m) => ({ default: m.PreviewPanel })));
const ImportPanel = lazy(() => import('./features/import/import-panel').then((m) => ({ default: m.ImportPanel })));
const ImportProgress = lazy(() => import('./features/import/import-progress'));
const ExplainPanel = lazy(() => import('./features/explain/explain-panel').then((m) => ({ default: m.ExplainPanel })));

const useWatchedPlan = (): Plan => useWatch({ control: useFormContext<Plan>().control }) as Plan;

/**
 * Keeps the address bar on the current plan and step (url-state.ts): edits replace the entry after a pause in typing.
 * It listens to the form without rendering, so a keystroke's frame does no URL work.
 */
function PermalinkWriter({ writer }: { writer: UrlWriter }) {
  const { subscribe, getValues } = useFormContext<Plan>();
  useEffect(() => {
    // The opening URL holds this plan unless parts of it could not be read: then it is rewritten too.
    if (location.hash !== '' && location.hash !== `#${encodePlan(getValues(), writer.step)}`) writer.schedule();
    const unsubscribe = subscribe({ formState: { values: true }, callback: () => writer.schedule() });
    // Leaving the page, or the window (for the address bar, say), writes at once, so a reload or a pasted link never
    // loses the last edit.
    window.addEventListener('pagehide', writer.leave);
    window.addEventListener('blur', writer.write);
    return () => {
      unsubscribe();
      writer.cancel();
      window.removeEventListener('pagehide', writer.leave);
      window.removeEventListener('blur', writer.write);
    };
  }, [writer, subscribe, getValues]);
  return null;
}

const Stepper = memo(function Stepper({ step, onSelect }: { step: StepId; onSelect: (step: StepId) => void }) {
  const { ui } = useI18n();
  const all = useAllDiagnostics();
  return (
    <nav aria-label={ui.stepsLabel} className="stepper">
      <ol>
        {STEPS.map((id, i) => {
          const list = all.filter((d) => diagnosticStep(d) === id);
          const errors = list.filter((d) => d.severity === 'error').length;
          const warnings = list.filter((d) => d.severity === 'warning').length;
          return (
            <li key={id}>
              <button type="button" aria-current={id === step ? 'step' : undefined} onClick={() => onSelect(id)}>
                <span className="step-number">{i + 1}.</span> {ui.steps[id]}
                {errors ? <span className="badge badge-error"> {ui.stepErrors(errors)}</span> : null}
                {!errors && warnings ? <span className="badge badge-warning"> {ui.stepWarnings(warnings)}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});

const ProblemsPanel = memo(function ProblemsPanel() {
  const { ui } = useI18n();
  const all = useAllDiagnostics();
  const plan = usePlanAfterPaint();
  const examples = exampleValues(plan).length > 0;
  const [notesOpen, setNotesOpen] = useState(false);
  const problems = all.filter((d) => d.severity !== 'info');
  const notes = all.filter((d) => d.severity === 'info');
  return (
    <section aria-labelledby="problems-heading" className="problems">
      <h2 id="problems-heading" tabIndex={-1}>
        {ui.problems}
      </h2>
      {problems.length === 0 ? <p className={examples ? 'example-note' : 'ok'}>{examples ? ui.noProblemsExample : ui.noProblems}</p> : null}
      {problems.map((d, i) => (
        <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} showGoTo />
      ))}
      {notes.length ? (
        <details
          className="notes"
          onToggle={(e) => setNotesOpen(e.currentTarget.open)}
        >
          <summary>
            {ui.severity.info} ({notes.length})
          </summary>
          {notesOpen ? notes.map((d, i) => <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} showGoTo />) : null}
        </details>
      ) : null}
    </section>
  );
});

/** The previewed file beside the form; only that one file is rendered per change. */
function LivePreview({ name, onSelect }: { name: string; onSelect: (name: string) => void }) {
  const plan = usePlanAfterPaint();
  const rendered = useRenderedFiles(plan, name);
  if (!rendered?.files[0]) return null;
  return (
    <Suspense fallback={null}>
      <PreviewPanel names={rendered.names} file={rendered.files[0]} onSelect={onSelect} />
    </Suspense>
  );
}

function Review() {
  const plan = useWatchedPlan();
  const rendered = useRenderedFiles(plan, 'all');
  if (!rendered) return <p role="status">…</p>;
  const permalink = `${location.origin}${location.pathname}${location.search}#${encodePlan(plan)}`;
  return <ReviewStep files={rendered.files} permalink={permalink} plan={plan} />;
}

const focusHeading = (): void => document.getElementById('step-heading')?.focus();

/** After a one-click fix whose field this step does not show: the first remaining problem, once the list has updated. */
function focusNextProblem(frames = 60): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      if (frames > 0) focusNextProblem(frames - 1);
      return;
    }
    const next = document.querySelector<HTMLElement>('.problems .diagnostic button') ?? document.getElementById('problems-heading');
    next?.focus();
  });
}

/** initialHash is the URL fragment to open; the build's prerender passes "" (the default plan). */
export function App({ initialHash }: { initialHash: string }) {
  const { ui, rules, requestRules, lang, setLang } = useI18n();
  const initial = useMemo(() => decodePlan(initialHash), [initialHash]);
  const [dropped, setDropped] = useState(initial.dropped);
  const [store] = useState(() => new DiagnosticsStore());
  const words = useRef(rules);
  words.current = rules;
  const checked = useRef<Diagnostic[]>([]);
  // Diagnostics appear in words only, never as bare rule ids: until the language's words have loaded, the page
  // keeps what it shows (nothing at the start, the other language's words after a switch) and asks for them.
  const publish = useCallback(
    (diagnostics: Diagnostic[]) => {
      checked.current = diagnostics;
      const catalogue = words.current;
      if (catalogue) store.set(diagnostics.map((d) => describeDiagnostic(d, catalogue)));
      else if (diagnostics.length) requestRules();
      else store.set([]);
    },
    [store, requestRules],
  );
  useLayoutEffect(() => {
    if (rules) publish(checked.current);
  }, [rules, publish]);
  const resolver = useMemo(() => ruleResolver(publish), [publish]);
  const methods = useForm<Plan>({ defaultValues: initial.plan, resolver, mode: 'onChange', reValidateMode: 'onChange' });
  const [step, setStep] = useState<StepId>(initial.step ?? 'cluster');
  // The address bar's entry: written by PermalinkWriter and on step changes; its doc id is set once mounted.
  const [writer] = useState(() => new UrlWriter(() => methods.getValues(), initial.step ?? 'cluster', ''));
  const [importing, setImporting] = useState(false);
  const [importOpened, setImportOpened] = useState(false);
  // "Paste an error or a log": like the import panel, it stays mounted once opened, so nothing pasted is lost.
  const [explaining, setExplaining] = useState(false);
  const [explainOpened, setExplainOpened] = useState(false);
  const explainButton = useRef<HTMLButtonElement>(null);
  // A plan from elsewhere (a pasted link, Back/Forward across one) starts the import panel over: the files it read
  // were merged into the plan that was replaced.
  const [planGeneration, setPlanGeneration] = useState(0);
  const [previewName, setPreviewName] = useState('kubeadm-config.yaml');
  const pendingFocus = useRef<string | null>(null);
  const headingFocus = useRef(false);

  useEffect(() => {
    // A reload keeps history.state, and so this plan's id: Back still moves between its steps.
    writer.doc = entryDoc(history.state) ?? newDocId();
    history.replaceState({ doc: writer.doc }, '');
    const onNavigate = () => {
      const decoded = decodePlan(location.hash);
      const next: StepId = decoded.step ?? 'cluster';
      const doc = entryDoc(history.state);
      writer.cancel();
      if (doc !== null && doc === writer.doc) {
        // Back or Forward between steps of this plan: the plan stays as the user left it (edits are no entries).
        if (next !== writer.step) {
          writer.step = next;
          headingFocus.current = true;
          setStep(next);
        }
        writer.write();
        return;
      }
      // Another plan: a link pasted into the address bar, or Back/Forward across one. It replaces the form.
      writer.doc = doc ?? newDocId();
      writer.step = next;
      history.replaceState({ doc: writer.doc }, '');
      methods.reset(decoded.plan);
      void methods.trigger();
      setDropped(decoded.dropped);
      setPlanGeneration((n) => n + 1);
      headingFocus.current = true;
      setStep(next);
    };
    // A fragment typed into the address bar fires both; the second finds its entry already claimed.
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [writer, methods]);

  useEffect(() => {
    // The first check waits for an idle moment (at most 300 ms), after the page has become interactive.
    const check = () => void methods.trigger();
    if (typeof requestIdleCallback !== 'function') return void check();
    const id = requestIdleCallback(check, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }, [methods]);

  useEffect(() => {
    if (pendingFocus.current) {
      // The step's code may still be loading: the heading holds focus until the field appears (focusField waits).
      const field = pendingFocus.current;
      pendingFocus.current = null;
      if (!fieldElement(field)) focusHeading();
      focusField(field, focusHeading);
    } else if (headingFocus.current) {
      // After a step change, keyboard and screen-reader users land on the new step's heading.
      document.getElementById('step-heading')?.focus();
    }
    headingFocus.current = false;
  });

  const applyFix = useCallback(
    (fix: PlanFix) => {
      for (const { field, value } of fix.set) methods.setValue(field as never, value as never, { shouldValidate: true, shouldDirty: true });
      // The clicked button goes with its diagnostic: focus moves to the fixed field when this step shows it, else
      // to the next problem, never to <body>.
      const fixed = fix.set.map(({ field }) => (stepOf(field) === writer.step ? fieldElement(field) : null)).find((element) => element);
      if (fixed) fixed.focus();
      else focusNextProblem();
    },
    [methods, writer],
  );
  /** A step change is a history entry (Back returns to the step left); choosing the open step is none. */
  const openStep = useCallback(
    (next: StepId) => {
      if (next !== writer.step) writer.push(next);
      setStep(next);
    },
    [writer],
  );
  const goToField = useCallback(
    (field: string) => {
      const target = stepOf(field);
      // On the open step a field not shown now never appears: the heading, at once.
      if (target === writer.step) return focusField(field, focusHeading, 0);
      pendingFocus.current = field;
      openStep(target);
    },
    [writer, openStep],
  );
  const showStep = useCallback(
    (next: StepId) => {
      // The open step renders nothing new, so its heading takes focus at once.
      if (next === writer.step) return focusHeading();
      headingFocus.current = true;
      openStep(next);
    },
    [openStep, writer],
  );
  const actions: DiagnosticActions = useMemo(() => ({ applyFix, goToField, goToStep: showStep }), [applyFix, goToField, showStep]);

  const onImport = useCallback(
    (plan: Plan) => {
      methods.reset(plan);
      void methods.trigger();
    },
    [methods],
  );

  const index = STEPS.indexOf(step);
  const StepComponent = step === 'review' ? null : STEP_COMPONENTS[step];

  return (
    <FormProvider {...methods}>
      <PlanAfterPaintProvider>
        <DiagnosticsProvider store={store} actions={actions}>
          <PermalinkWriter writer={writer} />
          {/* An in-page link must not replace the plan in the address bar: it moves focus itself. */}
          <a
            className="skip-link"
            href="#step-heading"
            onClick={(e) => {
              e.preventDefault();
              focusHeading();
              document.getElementById('step-heading')?.scrollIntoView();
            }}
          >
            {ui.skipToForm}
          </a>
          <header className="site-header">
            <div>
              <h1>{ui.title}</h1>
              <p className="tagline">{ui.tagline}</p>
            </div>
            <div className="header-actions">
              <button
                type="button"
                onClick={() => {
                  setImporting((v) => !v);
                  setImportOpened(true);
                }}
                aria-expanded={importing}
              >
                {ui.importTitle}
              </button>
              <button
                type="button"
                ref={explainButton}
                onClick={() => {
                  setExplaining((v) => !v);
                  setExplainOpened(true);
                }}
                aria-expanded={explaining}
              >
                {ui.explainTitle}
              </button>
              <label htmlFor="language">{ui.language}</label>
              <select id="language" value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'zh')}>
                <option value="en">English</option>
                <option value="zh">简体中文</option>
              </select>
            </div>
          </header>
          {dropped.length ? (
            <div className="notice" role="status">
              <p>{ui.linkNotice}</p>
              <ul>
                {dropped.map((d, i) => (
                  <li key={i}>
                    <code>{d.key ? `${d.key}=${d.value}` : d.value}</code>: {ui.dropReasons[d.reason] ?? d.reason}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => setDropped([])}>
                {ui.dismiss}
              </button>
            </div>
          ) : null}
          {/* Once opened, the panel stays mounted (hidden when closed): it keeps the files read so far and the undo. */}
          {importOpened ? (
            <Suspense fallback={null}>
              <ImportPanel key={planGeneration} hidden={!importing} onImport={onImport} onClose={() => setImporting(false)} />
              <ImportProgress hidden={!importing} />
            </Suspense>
          ) : null}
          {explainOpened ? (
            <Suspense fallback={null}>
              <ExplainPanel
                hidden={!explaining}
                generation={planGeneration}
                onApply={onImport}
                onClose={() => {
                  setExplaining(false);
                  explainButton.current?.focus();
                }}
              />
            </Suspense>
          ) : null}
          {/* The review step shows whole files, so it gives them most of the width. */}
          <main className={step === 'review' ? 'layout layout-review' : 'layout'}>
            {/* Suspense boundaries let React hydrate the prerendered page in several short tasks instead of one long one. */}
            <div className="form-column">
              <Suspense fallback={null}>
                <Stepper step={step} onSelect={showStep} />
              </Suspense>
              <form className="step" aria-labelledby="step-heading" onSubmit={(e) => e.preventDefault()} noValidate>
                <h2 id="step-heading" tabIndex={-1}>
                  {ui.steps[step]}
                </h2>
                <Suspense fallback={<p role="status">…</p>}>{StepComponent ? <StepComponent /> : <Review />}</Suspense>
                <div className="step-nav">
                  {index > 0 ? (
                    <button type="button" className="secondary" onClick={() => showStep(STEPS[index - 1]!)}>
                      {ui.back}
                    </button>
                  ) : null}
                  {index < STEPS.length - 1 ? (
                    <button type="button" onClick={() => showStep(STEPS[index + 1]!)}>
                      {ui.next}: {ui.steps[STEPS[index + 1]!]}
                    </button>
                  ) : null}
                </div>
              </form>
            </div>
            <aside className="side-column" aria-label={ui.preview}>
              <Suspense fallback={null}>
                <ProblemsPanel />
              </Suspense>
              {step !== 'review' ? <LivePreview name={previewName} onSelect={setPreviewName} /> : null}
            </aside>
          </main>
        </DiagnosticsProvider>
      </PlanAfterPaintProvider>
    </FormProvider>
  );
}
