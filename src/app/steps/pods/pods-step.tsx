import { useFormContext, useWatch } from 'react-hook-form';
import { type Plan, podSubnetText, stackFamilies } from '../../../domain/plan';
import { FieldMessages, TextField } from '../../components/field';
import { fieldId } from '../../form';
import { useI18n } from '../../i18n';
import { capacityText, familyName, randomUla } from './meta';

export function PodsStep() {
  const { ui } = useI18n();
  const { control, setValue, getValues } = useFormContext<Plan>();
  const plan = useWatch({ control }) as Plan;
  const families = stackFamilies(plan);
  const order = plan.overrides?.podSubnetOrder;
  const orderChoice = order ? order[0] : 'primary';
  const setOrder = (choice: string) => {
    const next = choice === 'primary' ? undefined : choice === 'ipv4' ? ['ipv4', 'ipv6'] : ['ipv6', 'ipv4'];
    setValue('overrides.podSubnetOrder', next as Plan['overrides']['podSubnetOrder'], { shouldValidate: true, shouldDirty: true });
  };
  return (
    <>
      {families.map((family) => {
        const capacity = capacityText(plan, family);
        return (
          <div className="family-group" key={family}>
            <TextField
              field={`podCidr.${family}`}
              label={ui.podCidr(familyName(family))}
              placeholder={family === 'ipv4' ? '10.244.0.0/16' : 'fd00:10:244::/56'}
              actions={
                family === 'ipv6' ? (
                  <button
                    type="button"
                    aria-describedby="ula-hint"
                    onClick={() => {
                      const ula = randomUla();
                      setValue('podCidr.ipv6', ula.pod, { shouldValidate: true, shouldDirty: true });
                      if (getValues('serviceCidr.ipv6') === 'fd00:10:96::/112' || getValues('serviceCidr.ipv6') === '') setValue('serviceCidr.ipv6', ula.service, { shouldValidate: true });
                    }}
                  >
                    {ui.randomUla}
                  </button>
                ) : null
              }
              hint={family === 'ipv6' ? <span id="ula-hint">{ui.randomUlaHint}</span> : undefined}
            />
            <TextField
              field={`nodeMask.${family}`}
              label={ui.nodeMask(familyName(family))}
              inputMode="numeric"
              hint={capacity ? <output>{ui.capacity(capacity.formula, capacity.nodes, capacity.podIps)}</output> : undefined}
            />
          </div>
        );
      })}
      {plan.stack === 'dual' ? (
        <fieldset className="field">
          <legend>{ui.podOrderLegend}</legend>
          {(['primary', 'ipv4', 'ipv6'] as const)
            .filter((choice) => choice === 'primary' || choice !== plan.primaryFamily)
            .map((choice) => (
              <div className="radio" key={choice}>
                <input type="radio" id={`pod-order-${choice}`} name="pod-order" checked={orderChoice === choice} onChange={() => setOrder(choice)} />
                <label htmlFor={`pod-order-${choice}`}>{choice === 'primary' ? ui.podOrderPrimary : choice === 'ipv4' ? ui.podOrderIpv4First : ui.podOrderIpv6First}</label>
              </div>
            ))}
        </fieldset>
      ) : null}
      <div className="field derived" role="group" aria-labelledby={`${fieldId('podCidr')}-label`} id={fieldId('podCidr')} tabIndex={-1}>
        <span id={`${fieldId('podCidr')}-label`} className="derived-label">
          {ui.podSubnet}
        </span>
        <code>{podSubnetText(plan)}</code>
        <FieldMessages field="podCidr" />
      </div>
    </>
  );
}
