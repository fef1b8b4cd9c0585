import { familyLabel } from '../../../cidr';
import { initNode } from '../../../plan';
import { type Finding, type PlanFix, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  address?: string | number;
  family?: string | number;
  kubernetes?: string | number;
  mode?: string | number;
  outcome?: string | number;
  serviceCidr?: string | number;
};

export const rule = defineRule({
  id: 'apiserver-advertise-family',
  severity: 'error',
  component: 'kube-apiserver',
  phase: 'runtime',
  fields: ['advertiseAddress', 'serviceCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding[] => {
    const primary = ctx.serviceSubnet.cidrs[0];
    if (!primary || !ctx.serviceSubnet.valid) return [];
    const node = initNode(ctx.plan);
    const candidate = node?.[primary.family] ?? '';
    const fixes: PlanFix[] =
      candidate !== ''
        ? [{ label: 'set-advertise-address', params: { address: candidate }, set: [{ field: 'advertiseAddress', value: candidate }] }]
        : [];
    const serviceCidr = ctx.serviceSubnet.pieces[0]!.text;
    // The check came with 1.24 (PR #106721). Before, kube-apiserver starts and the "kubernetes" Service gets an
    // endpoint of the other family (kubernetes/kubernetes#111671), which likely leaves it unreachable (kind#2484).
    const older = (finding: Finding): Finding =>
      ctx.kubernetesMinor < 24 ? { ...finding, severity: 'warning', params: { ...finding.params, outcome: 'unchecked', kubernetes: `1.${ctx.kubernetesMinor}` } } : finding;
    if (ctx.advertiseAutoDetect) {
      // kubeadm ChooseAPIServerBindAddress prefers the IPv4 default route; an IPv6-only host has none.
      if (primary.family !== 'ipv6') return [];
      const dual = ctx.serviceSubnet.cidrs.length === 2 || ctx.podSubnet.byFamily.ipv4 !== undefined;
      // Derived from the init node's empty address field: marked there, not on the untouched advertise field.
      const fields = ctx.advertiseSource ? { fields: [ctx.advertiseSource.field, 'serviceCidr'] } : {};
      return [older({ severity: dual ? 'error' : 'warning', ...fields, params: { serviceCidr, family: familyLabel(primary.family), mode: 'auto' }, fixes })];
    }
    if (!ctx.advertise?.ok || ctx.advertise.ip.family === primary.family) return [];
    // A derived address of the other family is a node field holding the other family: cluster/field-family's.
    if (ctx.advertiseSource && ctx.fieldProblems.has(ctx.advertiseSource.field)) return [];
    return [older({ params: { serviceCidr, family: familyLabel(primary.family), address: ctx.advertiseText, mode: 'explicit' }, fixes })];
  },
});
