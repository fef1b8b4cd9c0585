import { familyLabel } from '../../../../domain/cidr';
import { serviceSubnetText, stackFamilies } from '../../../../domain/plan';
import { FieldMessages, TextField } from '../../../components/field';
import { fieldId } from '../../../shared/form';
import { LiveAddressSpace } from '../../picture';
import { usePlanAfterPaint } from '../../../shared/plan-after-paint';
import { useStepsUi } from '../../../shared/steps-ui';
import { derivedServiceIps } from './meta';

export function ServicesStep() {
  const ui = useStepsUi();
  // The fields render from the form; the derived values follow it after the keystroke's frame (plan-after-paint.tsx).
  const plan = usePlanAfterPaint();
  const ips = derivedServiceIps(plan);
  return (
    <>
      {stackFamilies(plan).map((family) => (
        <TextField key={family} field={`serviceCidr.${family}`} label={ui.serviceCidr(familyLabel(family))} placeholder={family === 'ipv4' ? '10.96.0.0/16' : 'fd00:10:96::/112'} />
      ))}
      <div className="field derived" role="group" aria-labelledby={`${fieldId('serviceCidr')}-label`} id={fieldId('serviceCidr')} tabIndex={-1}>
        <span id={`${fieldId('serviceCidr')}-label`} className="derived-label">
          {ui.serviceSubnet}
        </span>
        <code>{serviceSubnetText(plan)}</code>
        <dl className="derived-values">
          <dt>{ui.kubernetesServiceIp}</dt>
          <dd>
            <output>{ips.kubernetes}</output>
          </dd>
          <dt>{ui.clusterDnsIp}</dt>
          <dd>
            <output>{ips.dns}</output>
          </dd>
        </dl>
        <FieldMessages field="serviceCidr" />
      </div>
      <TextField field="dnsDomain" label={ui.dnsDomain} />
      <LiveAddressSpace />
    </>
  );
}
