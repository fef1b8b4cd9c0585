import { parseIp } from '../../../cidr';
import { clip } from '../../fields';
import { interfaceNameProblem } from '../../helpers/flannel';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  bytes?: string | number;
  hint?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'flannel-iface-invalid',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.iface'],
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const iface = ctx.plan.flannel.iface;
    // ipmatch.LookupExtIface takes --iface as an IP first (net.ParseIP), then as a name (net.InterfaceByName).
    if (iface === '' || parseIp(iface, 'lenient').ok) return [];
    const problem = interfaceNameProblem(iface);
    return problem ? [{ params: { value: clip(iface), ...problem } }] : [];
  },
});
