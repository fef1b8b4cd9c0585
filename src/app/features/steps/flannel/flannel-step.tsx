import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '../../../../domain/plan';
import { CheckboxField, FieldMessages, SelectField, TextField, useFieldAria } from '../../../components/field';
import { useStepsUi } from '../../../shared/steps-ui';
import { BACKENDS, OPTIONS_BY_BACKEND, WIREGUARD_MODES } from './meta';

function BackendSelect() {
  const ui = useStepsUi();
  const { control, setValue } = useFormContext<Plan>();
  const backend = useWatch({ control, name: 'flannel.backend' });
  const aria = useFieldAria('flannel.backend.type');
  const value = backend === null ? '' : backend.type;
  return (
    <div className="field">
      <label htmlFor={aria.id}>{ui.backend}</label>
      <select {...aria} value={value} onChange={(e) => setValue('flannel.backend', { type: e.target.value }, { shouldValidate: true, shouldDirty: true })}>
        {!BACKENDS.includes(value as never) ? <option value={value}>{value || 'udp (no Backend)'}</option> : null}
        {BACKENDS.map((b) => (
          <option key={b} value={b}>
            {ui.backends[b] ?? b}
          </option>
        ))}
      </select>
      <FieldMessages field="flannel.backend.type" />
    </div>
  );
}

export function FlannelStep() {
  const ui = useStepsUi();
  const { control } = useFormContext<Plan>();
  const backend = useWatch({ control, name: 'flannel.backend' });
  const type = backend?.type.toLowerCase() ?? '';
  // Own keys only: a Type such as "constructor" (from a link or a file) has no options here.
  const options = Object.prototype.hasOwnProperty.call(OPTIONS_BY_BACKEND, type) ? OPTIONS_BY_BACKEND[type]! : [];
  return (
    <>
      <BackendSelect />
      {options.includes('vni') ? <TextField field="flannel.backend.vni" label={ui.vni} type="number" asNumber="optional" placeholder={ui.optionalNumber} /> : null}
      {options.includes('port') ? <TextField field="flannel.backend.port" label={ui.port} type="number" asNumber="optional" placeholder={ui.optionalNumber} /> : null}
      {options.includes('mtu') ? <TextField field="flannel.backend.mtu" label={ui.mtu} type="number" asNumber="optional" placeholder={ui.optionalNumber} /> : null}
      {options.includes('directRouting') ? <CheckboxField field="flannel.backend.directRouting" label={ui.directRouting} /> : null}
      {options.includes('mode') ? (
        <SelectField field="flannel.backend.mode" label={ui.wireguardMode} options={[{ value: '', label: 'separate (default)' }, ...WIREGUARD_MODES.map((m) => ({ value: m, label: m }))]} />
      ) : null}
      {options.includes('psk') ? <TextField field="flannel.backend.psk" label={ui.psk} /> : null}
      <CheckboxField field="flannel.enableNFTables" label={ui.enableNFTables} />
      <TextField field="flannel.iface" label={ui.iface} hint={ui.ifaceHint} placeholder="eth0" />
      <FieldMessages field="flannel.network" />
    </>
  );
}
