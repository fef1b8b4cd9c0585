// The wizard shell: stepper, the current step, the live preview and the problem summary.
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { type RuleCatalogue, describeDiagnostic } from '../content/describe';
import { decodePlan, encodePlan } from '../domain/permalink';
import type { Plan } from '../domain/plan';
import { runRules } from '../domain/rules/engine';
import type { PlanFix } from '../domain/rules/types';
import { DiagnosticItem } from './components/diagnostic-item';
import { DiagnosticsProvider, type DiagnosticsState } from './diagnostics';
import { STEPS, type StepId, diagnosticStep, fieldId, markedFields, ruleResolver, stepOf } from './form';
import { useI18n } from './i18n';
import { useRenderedFiles } from './use-rendered-files';
import { ClusterStep } from './steps/cluster/cluster-step';

// The first screen is the Cluster step; the others load when they are opened.
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
// Until the words are loaded, a diagnostic shows its rule id.
const NO_WORDS: RuleCatalogue = { rules: {}, fixLabels: {}, sources: {}, sourceLabel: '' };

function permalinkFor(fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}

export function App() {
  const { ui, rules, requestRules, lang, setLang } = useI18n();
  const initial = useMemo(() => decodePlan(location.hash), []);
  const [dropped, setDropped] = useState(initial.dropped);
  const methods = useForm<Plan>({ defaultValues: initial.plan, resolver: ruleResolver, mode: 'onChange', reValidateMode: 'onChange' });
  const watched = useWatch({ control: methods.control }) as Plan;
  const plan = useMemo(() => ({ ...methods.getValues(), ...watched }) as Plan, [watched, methods]);
  const [step, setStep] = useState<StepId>('cluster');
  const [importing, setImporting] = useState(false);
  const [previewName, setPreviewName] = useState('kubeadm-config.yaml');
  const pendingFocus = useRef<string | null>(null);

  const diagnostics = useMemo(() => runRules(plan), [plan]);
  const [notesOpen, setNotesOpen] = useState(false);
  const needsWords = notesOpen || importing || diagnostics.some((d) => d.severity !== 'info' || diagnosticStep(d) === step);
  useEffect(() => {
    if (needsWords) requestRules();
  }, [needsWords, requestRules]);
  const described = useMemo(() => diagnostics.map((d) => describeDiagnostic(d, rules ?? NO_WORDS)), [diagnostics, rules]);
  const files = useRenderedFiles(plan);
  const fragment = useMemo(() => encodePlan(plan), [plan]);

  useEffect(() => {
    // The address bar is always the permalink; replaceState keeps the history clean.
    history.replaceState(null, '', `#${fragment}`);
  }, [fragment]);

  useEffect(() => {
    void methods.trigger();
  }, [methods]);

  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = document.getElementById(fieldId(pendingFocus.current));
    pendingFocus.current = null;
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  });

  const byField = useMemo(() => {
    const map = new Map<string, typeof described>();
    for (const d of described) for (const field of markedFields(d)) map.set(field, [...(map.get(field) ?? []), d]);
    return map;
  }, [described]);

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
  const headingFocus = useRef(false);
  const showStep = useCallback((next: StepId) => {
    headingFocus.current = true;
    setStep(next);
  }, []);
  useEffect(() => {
    // After a step change, keyboard and screen-reader users land on the new step's heading.
    if (headingFocus.current && !pendingFocus.current) document.getElementById('step-heading')?.focus();
    headingFocus.current = false;
  }, [step]);
  const goToStep = showStep;
  const state: DiagnosticsState = useMemo(() => ({ all: described, byField, applyFix, goToField, goToStep }), [described, byField, applyFix, goToField, goToStep]);

  const onImport = (plan: Plan) => {
    methods.reset(plan);
    void methods.trigger();
  };

  const counts = (id: StepId) => {
    const list = described.filter((d) => diagnosticStep(d) === id);
    return { errors: list.filter((d) => d.severity === 'error').length, warnings: list.filter((d) => d.severity === 'warning').length };
  };
  const index = STEPS.indexOf(step);
  const StepComponent = step === 'review' ? null : STEP_COMPONENTS[step];
  const problems = described.filter((d) => d.severity !== 'info');
  const notes = described.filter((d) => d.severity === 'info');

  return (
    <FormProvider {...methods}>
      <DiagnosticsProvider value={state}>
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
        <main className="layout">
          <div className="form-column">
            <nav aria-label={ui.stepsLabel} className="stepper">
              <ol>
                {STEPS.map((id, i) => {
                  const c = counts(id);
                  return (
                    <li key={id}>
                      <button type="button" aria-current={id === step ? 'step' : undefined} onClick={() => showStep(id)}>
                        <span className="step-number">{i + 1}.</span> {ui.steps[id]}
                        {c.errors ? <span className="badge badge-error"> {ui.stepErrors(c.errors)}</span> : null}
                        {!c.errors && c.warnings ? <span className="badge badge-warning"> {ui.stepWarnings(c.warnings)}</span> : null}
                      </button>
                    </li>
                  );
                })}
              </ol>
            </nav>
            <form className="step" aria-labelledby="step-heading" onSubmit={(e) => e.preventDefault()} noValidate>
              <h2 id="step-heading" tabIndex={-1}>
                {ui.steps[step]}
              </h2>
              <Suspense fallback={<p role="status">…</p>}>{StepComponent ? <StepComponent /> : files ? <ReviewStep files={files} permalink={permalinkFor(fragment)} /> : <p role="status">…</p>}</Suspense>
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
            <section aria-labelledby="problems-heading" className="problems">
              <h2 id="problems-heading">{ui.problems}</h2>
              {problems.length === 0 ? <p className="ok">{ui.noProblems}</p> : null}
              {problems.map((d, i) => (
                <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} showGoTo />
              ))}
              {notes.length ? (
                <details className="notes" onToggle={(e) => setNotesOpen(e.currentTarget.open)}>
                  <summary>
                    {ui.severity.info} ({notes.length})
                  </summary>
                  {notes.map((d, i) => (
                    <DiagnosticItem key={`${d.rule}-${i}`} diagnostic={d} showGoTo />
                  ))}
                </details>
              ) : null}
            </section>
            {step !== 'review' && files ? (
              <Suspense fallback={null}>
                <PreviewPanel files={files} selected={previewName} onSelect={setPreviewName} />
              </Suspense>
            ) : null}
          </aside>
        </main>
      </DiagnosticsProvider>
    </FormProvider>
  );
}
