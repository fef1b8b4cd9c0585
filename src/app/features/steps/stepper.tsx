// The list of steps above the form, each with the count of its errors (or, without errors, its warnings).
import { memo } from 'react';
import { useAllDiagnostics } from '../../shared/diagnostics';
import { STEPS, type StepId, diagnosticStep } from '../../shared/form';
import { useI18n } from '../../shared/i18n';

export const Stepper = memo(function Stepper({ step, onSelect }: { step: StepId; onSelect: (step: StepId) => void }) {
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
