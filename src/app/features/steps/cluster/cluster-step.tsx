import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '../../../../domain/plan';
import { FieldMessages, SelectField, TextField } from '../../../components/field';
import { fieldId } from '../../../shared/form';
import { useI18n } from '../../../shared/i18n';
import { FLANNEL_OPTIONS, KUBERNETES_OPTIONS } from '../../../shared/version-options';
import { STACK_CHOICES, choiceOf } from './meta';

const KUBERNETES_SUGGESTIONS = KUBERNETES_OPTIONS.map((option) => option.value);

export function ClusterStep() {
  const { ui } = useI18n();
  const { control, setValue } = useFormContext<Plan>();
  const [stack, primaryFamily] = useWatch({ control, name: ['stack', 'primaryFamily'] });
  const current = choiceOf(stack, primaryFamily);
  return (
    <>
      {/* Typed, with the known minors suggested: a patch release (1.33.1) is kept as it is. */}
      <TextField field="kubernetesVersion" label={ui.kubernetesVersion} hint={ui.kubernetesVersionHint} suggestions={KUBERNETES_SUGGESTIONS} />
      <SelectField field="flannelVersion" label={ui.flannelVersion} options={FLANNEL_OPTIONS} />
      <fieldset className="field" id={fieldId('stack')} tabIndex={-1}>
        <legend>{ui.stackLegend}</legend>
        {STACK_CHOICES.map(({ choice, stack: s, primaryFamily: f }) => (
          <div className="radio" key={choice}>
            <input
              type="radio"
              id={`stack-${choice}`}
              name="stack-choice"
              checked={current === choice}
              aria-describedby={`stack-${choice}-hint`}
              onChange={() => {
                setValue('stack', s, { shouldValidate: true, shouldDirty: true });
                setValue('primaryFamily', f, { shouldValidate: true, shouldDirty: true });
              }}
            />
            <label htmlFor={`stack-${choice}`}>{ui.stacks[choice]}</label>
            <p className="hint" id={`stack-${choice}-hint`}>
              {ui.stackHints[choice]}
            </p>
          </div>
        ))}
        <FieldMessages field="stack" />
      </fieldset>
    </>
  );
}
