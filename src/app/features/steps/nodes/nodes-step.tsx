import { useFieldArray, useFormContext } from 'react-hook-form';
import { useEffect } from 'react';
import { familyLabel } from '../../../../domain/cidr';
import { type ExampleField, type Plan, effectiveAdvertiseAddress, exampleValues, stackFamilies } from '../../../../domain/plan';
import { FieldMessages, TextField, useFieldAria } from '../../../components/field';
import { useI18n } from '../../../shared/i18n';
import { usePlanAfterPaint } from '../../../shared/plan-after-paint';
import { useStepsUi } from '../../../shared/steps-ui';
import { newNode } from './meta';

function RoleSelect({ index }: { index: number }) {
  const ui = useStepsUi();
  const { register } = useFormContext<Plan>();
  const aria = useFieldAria(`nodes.${index}.role`);
  return (
    <div className="field">
      <label htmlFor={aria.id}>{ui.nodeRole}</label>
      <select {...aria} {...register(`nodes.${index}.role`)}>
        <option value="control-plane">{ui.roles['control-plane']}</option>
        <option value="worker">{ui.roles.worker}</option>
      </select>
    </div>
  );
}

/** A name or address the user types is theirs: its node row stops marking that field as the example's. */
function useExampleFieldsClearedOnEdit() {
  const { watch, getValues, setValue } = useFormContext<Plan>();
  useEffect(() => {
    const subscription = watch((_values, { name, type }) => {
      const edited = type === 'change' && name ? /^nodes\.(\d+)\.(name|ipv4|ipv6)$/.exec(name) : null;
      if (!edited) return;
      const index = Number(edited[1]);
      const example = getValues(`nodes.${index}.example`);
      if (!example?.includes(edited[2] as ExampleField)) return;
      const rest = example.filter((field) => field !== edited[2]);
      setValue(`nodes.${index}.example`, rest.length ? rest : undefined);
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, setValue]);
}

export function NodesStep() {
  const ui = useStepsUi();
  const { control, getValues } = useFormContext<Plan>();
  useExampleFieldsClearedOnEdit();
  // Names in legends, the init node and the derived advertise address follow the plan after the keystroke's frame
  // (plan-after-paint.tsx); the fields themselves render from the form.
  const plan = usePlanAfterPaint();
  const { fields, append, remove } = useFieldArray({ control, name: 'nodes' });
  const families = stackFamilies(plan);
  const initIndex = plan.nodes.findIndex((n) => n.role === 'control-plane');
  const { ui: shell } = useI18n();
  // Marked where a value the files use is still the example's (an unused family's field is in no file).
  const examples = exampleValues(plan);
  const exampleHint = (index: number, field: ExampleField) => (examples.some((v) => v.index === index && v.field === field) ? shell.exampleValueHint : undefined);
  return (
    <>
      <TextField field="controlPlaneEndpoint" label={ui.controlPlaneEndpoint} hint={ui.controlPlaneEndpointHint} placeholder="k8s-api.example.internal:6443" />
      <TextField field="advertiseAddress" label={ui.advertiseAddress} hint={ui.advertiseAddressHint(plan.advertiseAddress ? '' : effectiveAdvertiseAddress(plan))} />
      <TextField field="bindPort" label={ui.bindPort} type="number" asNumber="required" />
      <fieldset className="nodes">
        <legend>{ui.nodesLegend}</legend>
        <FieldMessages field="nodes" />
        {fields.map((field, index) => {
          const name = plan.nodes[index]?.name ?? '';
          return (
            <fieldset className="node-row" key={field.id}>
              <legend>
                {ui.nodeRow(index + 1, name)}
                {index === (initIndex < 0 ? 0 : initIndex) ? <span className="badge"> · {ui.initNode}</span> : null}
                {examples.some((v) => v.index === index) ? <span className="badge badge-warning"> · {ui.exampleRow}</span> : null}
              </legend>
              <TextField field={`nodes.${index}.name`} label={ui.nodeName} hint={exampleHint(index, 'name')} />
              <RoleSelect index={index} />
              {families.map((family) => (
                <TextField key={family} field={`nodes.${index}.${family}`} label={ui.nodeIp(familyLabel(family))} hint={exampleHint(index, family)} />
              ))}
              <FieldMessages field={`nodes.${index}.nodeIp`} />
              {fields.length > 1 ? (
                <button type="button" className="secondary" onClick={() => remove(index)}>
                  {ui.removeNode(name)}
                </button>
              ) : null}
            </fieldset>
          );
        })}
        <button type="button" onClick={() => append(newNode(getValues()))}>
          {ui.addNode}
        </button>
      </fieldset>
    </>
  );
}
