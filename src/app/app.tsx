// The wizard's layout: the header with its two panels, the stepper and the open step, the problem list and the live
// preview. What the page does lives elsewhere: the checks, the browser's history and address bar, focus and the
// one-click fixes in shell/, each part of the page in features/. Nothing here watches the form: each part subscribes
// to what it shows, so a keystroke re-renders the current step, the diagnostics that changed and the preview, not
// the whole page.
import { Suspense, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { decodePlan } from '../domain/permalink';
import type { Plan } from '../domain/plan';
import { ExplainPanel } from './features/explain';
import { ImportPanel, ImportProgress } from './features/import';
import { LivePreview } from './features/preview';
import { ProblemsPanel } from './features/problems';
import { STEP_VIEWS, Stepper } from './features/steps';
import { type DiagnosticActions, DiagnosticsProvider } from './shared/diagnostics';
import { STEPS } from './shared/form';
import { useI18n } from './shared/i18n';
import { PlanAfterPaintProvider } from './shared/plan-after-paint';
import { useDiagnosticsStore, useFirstCheck, usePlanReplace } from './shell/checks';
import { useApplyFix } from './shell/fixes';
import { useStepHistory } from './shell/history';
import { LinkNotice } from './shell/link-notice';
import { usePanel } from './shell/panel';
import { PermalinkWriter } from './shell/permalink-writer';
import { focusHeading, useStepFocus } from './shell/step-focus';

/** initialHash is the URL fragment to open; the build's prerender passes "" (the default plan). */
export function App({ initialHash }: { initialHash: string }) {
  const { ui, lang, setLang } = useI18n();
  const initial = useMemo(() => decodePlan(initialHash), [initialHash]);
  const { store, resolver } = useDiagnosticsStore();
  const methods = useForm<Plan>({ defaultValues: initial.plan, resolver, mode: 'onChange', reValidateMode: 'onChange' });
  const focus = useStepFocus();
  const { step, writer, dropped, dismissDropped, generation, showStep, goToField } = useStepHistory(initial, methods, focus);
  useFirstCheck(methods);
  const applyFix = useApplyFix(methods, writer);
  const actions: DiagnosticActions = useMemo(() => ({ applyFix, goToField, goToStep: showStep }), [applyFix, goToField, showStep]);
  const onImport = usePlanReplace(methods);
  const importing = usePanel();
  // "Paste an error or a log": like the import panel, it stays mounted once opened, so nothing pasted is lost.
  const explaining = usePanel();
  const explainButton = useRef<HTMLButtonElement>(null);
  const [previewName, setPreviewName] = useState('kubeadm-config.yaml');

  const index = STEPS.indexOf(step);
  const StepView = STEP_VIEWS[step];

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
              <button type="button" onClick={importing.toggle} aria-expanded={importing.open}>
                {ui.importTitle}
              </button>
              <button type="button" ref={explainButton} onClick={explaining.toggle} aria-expanded={explaining.open}>
                {ui.explainTitle}
              </button>
              <label htmlFor="language">{ui.language}</label>
              <select id="language" value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'zh')}>
                <option value="en">English</option>
                <option value="zh">简体中文</option>
              </select>
            </div>
          </header>
          <LinkNotice dropped={dropped} onDismiss={dismissDropped} />
          {/* Once opened, the panel stays mounted (hidden when closed): it keeps the files read so far and the undo. */}
          {importing.opened ? (
            <Suspense fallback={null}>
              <ImportPanel key={generation} hidden={!importing.open} onImport={onImport} onClose={importing.close} />
              <ImportProgress hidden={!importing.open} />
            </Suspense>
          ) : null}
          {explaining.opened ? (
            <Suspense fallback={null}>
              <ExplainPanel
                hidden={!explaining.open}
                generation={generation}
                onApply={onImport}
                onClose={() => {
                  explaining.close();
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
                <Suspense fallback={<p role="status">…</p>}>
                  <StepView />
                </Suspense>
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
