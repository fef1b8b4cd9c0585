import { useFieldArray, useFormContext } from 'react-hook-form';
import { type Plan, effectiveAdvertiseAddress, stackFamilies } from '../../../domain/plan';
import { FieldMessages, TextField, useFieldAria } from '../../components/field';
import { usePlanAfterPaint } from '../../plan-after-paint';
import { useStepsUi } from '../../steps-ui';
import { familyName } from '../pods/meta';
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

export function NodesStep() {
  const ui = useStepsUi();
  const { control, getValues } = useFormContext<Plan>();
  // Names in legends, the init node and the derived advertise address follow the plan after the keystroke's frame
  // (plan-after-paint.tsx); the fields themselves render from the form.
  const plan = usePlanAfterPaint();
  const { fields, append, remove } = useFieldArray({ control, name: 'nodes' });
  const families = stackFamilies(plan);
  const initIndex = plan.nodes.findIndex((n) => n.role === 'control-plane');
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
              </legend>
              <TextField field={`nodes.${index}.name`} label={ui.nodeName} />
              <RoleSelect index={index} />
              {families.map((family) => (
                <TextField key={family} field={`nodes.${index}.${family}`} label={ui.nodeIp(familyName(family))} />
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
