import { useFormContext, useWatch } from 'react-hook-form';
import { type Family, familyLabel } from '../../../../domain/cidr';
import { type Plan, podSubnetText, stackFamilies } from '../../../../domain/plan';
import { FieldMessages, TextField } from '../../../components/field';
import { fieldId } from '../../../shared/form';
import { LiveAddressSpace } from '../../picture';
import { usePlanAfterPaint } from '../../../shared/plan-after-paint';
import { useStepsUi } from '../../../shared/steps-ui';
import { capacityText, randomUla } from './meta';

// Each part watches only what it shows, so typing in one field does not re-render the whole step; derived values
// follow the plan after the keystroke's frame (plan-after-paint.tsx).
function Capacity({ family }: { family: Family }) {
  const ui = useStepsUi();
  const capacity = capacityText(usePlanAfterPaint(), family);
  return capacity ? <output>{ui.capacity(capacity.formula, capacity.nodes, capacity.podIps)}</output> : null;
}

// Fills both ranges, as its text says: one random /48, the pods' /56 and the Services' /112 under it.
function UlaButton() {
  const ui = useStepsUi();
  const { setValue } = useFormContext<Plan>();
  return (
    <button
      type="button"
      aria-describedby="ula-hint"
      onClick={() => {
        const ula = randomUla();
        setValue('podCidr.ipv6', ula.pod, { shouldValidate: true, shouldDirty: true });
        setValue('serviceCidr.ipv6', ula.service, { shouldValidate: true, shouldDirty: true });
      }}
    >
      {ui.randomUla}
    </button>
  );
}

function PodOrder() {
  const ui = useStepsUi();
  const { control, setValue } = useFormContext<Plan>();
  const [order, primaryFamily] = useWatch({ control, name: ['overrides.podSubnetOrder', 'primaryFamily'] });
  const current = order ? order[0] : 'primary';
  const choose = (choice: string) => {
    const next = choice === 'primary' ? undefined : choice === 'ipv4' ? ['ipv4', 'ipv6'] : ['ipv6', 'ipv4'];
    setValue('overrides.podSubnetOrder', next as Plan['overrides']['podSubnetOrder'], { shouldValidate: true, shouldDirty: true });
  };
  return (
    <fieldset className="field">
      <legend>{ui.podOrderLegend}</legend>
      {(['primary', 'ipv4', 'ipv6'] as const)
        .filter((choice) => choice === 'primary' || choice !== primaryFamily)
        .map((choice) => (
          <div className="radio" key={choice}>
            <input type="radio" id={`pod-order-${choice}`} name="pod-order" checked={current === choice} onChange={() => choose(choice)} />
            <label htmlFor={`pod-order-${choice}`}>{choice === 'primary' ? ui.podOrderPrimary : choice === 'ipv4' ? ui.podOrderIpv4First : ui.podOrderIpv6First}</label>
          </div>
        ))}
    </fieldset>
  );
}

function PodSubnet() {
  const ui = useStepsUi();
  const text = podSubnetText(usePlanAfterPaint());
  return (
    <div className="field derived" role="group" aria-labelledby={`${fieldId('podCidr')}-label`} id={fieldId('podCidr')} tabIndex={-1}>
      <span id={`${fieldId('podCidr')}-label`} className="derived-label">
        {ui.podSubnet}
      </span>
      <code>{text}</code>
      <FieldMessages field="podCidr" />
    </div>
  );
}

export function PodsStep() {
  const ui = useStepsUi();
  const { control } = useFormContext<Plan>();
  const [stack, primaryFamily] = useWatch({ control, name: ['stack', 'primaryFamily'] });
  const families = stackFamilies({ stack, primaryFamily });
  return (
    <>
      {families.map((family) => (
        <div className="family-group" key={family}>
          <TextField
            field={`podCidr.${family}`}
            label={ui.podCidr(familyLabel(family))}
            placeholder={family === 'ipv4' ? '10.244.0.0/16' : 'fd00:10:244::/56'}
            actions={family === 'ipv6' ? <UlaButton /> : null}
            hint={family === 'ipv6' ? <span id="ula-hint">{ui.randomUlaHint}</span> : undefined}
          />
          <TextField field={`nodeMask.${family}`} label={ui.nodeMask(familyLabel(family))} inputMode="numeric" after={<Capacity family={family} />} />
        </div>
      ))}
      {stack === 'dual' ? <PodOrder /> : null}
      <PodSubnet />
      <LiveAddressSpace />
    </>
  );
}
