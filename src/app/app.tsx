// The wizard shell: stepper, the current step, the live preview and the problem summary.
// The shell itself does not watch the form; each part subscribes to what it shows, so a keystroke
// re-renders the current step, the diagnostics that changed and the preview, not the whole page.
import { Suspense, lazy, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { describeDiagnostic } from '../content/describe';
import { decodePlan, encodePlan } from '../domain/permalink';
import type { Plan } from '../domain/plan';
import type { Diagnostic, PlanFix } from '../domain/rules/types';
import { DiagnosticItem } from './components/diagnostic-item';
import { type DiagnosticActions, DiagnosticsProvider, DiagnosticsStore, useAllDiagnostics } from './diagnostics';
import { STEPS, type StepId, diagnosticStep, fieldId, ruleResolver, stepOf } from './form';
import { useI18n } from './i18n';
import { ClusterStep } from './steps/cluster/cluster-step';
import { useRenderedFiles } from './use-rendered-files';

// The first screen is the Cluster step, prerendered and hydrated at once (a lazy one would be replaced by its
// fallback when the form's first update reaches it before its code); the others load when they are opened.
const STEP_COMPONENTS: Record<Exclude<StepId, 'review'>, React.ComponentType> = {
  cluster: ClusterStep,
  pods: lazy(() => import('./steps/pods/pods-step').then((m) => ({ default: m.PodsStep }))),
  services: lazy(() => import('./steps/services/services-step').then((m) => ({ default: m.ServicesStep }))),
  nodes: lazy(() => import('./steps/nodes/nodes-step').then((m) => ({ default: m.NodesStep }))),
  flannel: lazy(() => import('./steps/flannel/flannel-step').then((m) => ({ default: m.FlannelStep }))),
};
const ReviewStep = lazy(() => import('./steps/review/review-step').then((m) => ({ default: m.ReviewStep })));
const PreviewPanel = lazy(() => import('./components/preview-panel').then((m) => ({ default: m.PreviewPanel })));
const ImportPanel = lazy(() => import('./components/import-panel').then((m) => ({ default: m.ImportPanel })));

const useWatchedPlan = (): Plan => useWatch({ control: useFormContext<Plan>().control }) as Plan;

/** Keeps the address bar on the permalink of the current plan. */
function PermalinkWriter() {
  const plan = useWatchedPlan();
  // replaceState costs several milliseconds in Chromium, so it waits for a pause in typing; leaving the page
  // writes it at once. replaceState keeps the history clean.
  const latestPlan = useRef(plan);
  latestPlan.current = plan;
  const writeUrl = useCallback(() => history.replaceState(null, '', `#${encodePlan(latestPlan.current)}`), []);
  const first = useRef(true);
  useEffect(() => {
    // The opening URL holds this plan unless parts of it could not be read: then it is rewritten too.
    if (first.current) {
      first.current = false;
      if (location.hash === '' || location.hash === `#${encodePlan(plan)}`) return;
    }
    const timer = setTimeout(writeUrl, 250);
    return () => clearTimeout(timer);
  }, [plan, writeUrl]);
  useEffect(() => {
    window.addEventListener('pagehide', writeUrl);
    return () => window.removeEventListener('pagehide', writeUrl);
  }, [writeUrl]);
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
  const [notesOpen, setNotesOpen] = useState(false);
  const problems = all.filter((d) => d.severity !== 'info');
  const notes = all.filter((d) => d.severity === 'info');
  return (
    <section aria-labelledby="problems-heading" className="problems">
      <h2 id="problems-heading">{ui.problems}</h2>
      {problems.length === 0 ? <p className="ok">{ui.noProblems}</p> : null}
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
  const plan = useWatchedPlan();
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
  const [step, setStep] = useState<StepId>('cluster');
  const [importing, setImporting] = useState(false);
  const [previewName, setPreviewName] = useState('kubeadm-config.yaml');
  const pendingFocus = useRef<string | null>(null);
  const headingFocus = useRef(false);

  useEffect(() => {
    // The first check waits for an idle moment (at most 300 ms), after the page has become interactive.
    const check = () => void methods.trigger();
    if (typeof requestIdleCallback !== 'function') return void check();
    const id = requestIdleCallback(check, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }, [methods]);

  useEffect(() => {
    if (pendingFocus.current) {
      const target = document.getElementById(fieldId(pendingFocus.current));
      pendingFocus.current = null;
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    } else if (headingFocus.current) {
      // After a step change, keyboard and screen-reader users land on the new step's heading.
      document.getElementById('step-heading')?.focus();
    }
    headingFocus.current = false;
  });

  const applyFix = useCallback(
    (fix: PlanFix) => {
      for (const { field, value } of fix.set) methods.setValue(field as never, value as never, { shouldValidate: true, shouldDirty: true });
    },
    [methods],
  );
  const goToField = useCallback((field: string) => {
    pendingFocus.current = field;
    setStep(stepOf(field));
  }, []);
  const showStep = useCallback((next: StepId) => {
    headingFocus.current = true;
    setStep(next);
  }, []);
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
      <DiagnosticsProvider store={store} actions={actions}>
        <PermalinkWriter />
        <a className="skip-link" href="#step-heading">
          {ui.skipToForm}
        </a>
        <header className="site-header">
          <div>
            <h1>{ui.title}</h1>
            <p className="tagline">{ui.tagline}</p>
          </div>
          <div className="header-actions">
            <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
              {ui.importTitle}
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
        {importing ? (
          <Suspense fallback={null}>
            <ImportPanel onImport={onImport} onClose={() => setImporting(false)} />
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
    </FormProvider>
  );
}
