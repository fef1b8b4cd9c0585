import { type Family, familyLabel } from '../../../cidr';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  missing?: string | number;
  serviceSubnet?: string | number;
};

export const rule = defineRule({
  id: 'cluster-single-stack-services',
  severity: 'warning',
  component: 'cluster',
  phase: 'runtime',
  fields: ['serviceCidr.ipv4', 'serviceCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!(ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2 && ctx.serviceSubnet.valid && ctx.serviceSubnet.cidrs.length === 1)) return [];
    const missing: Family = ctx.serviceSubnet.cidrs[0]!.family === 'ipv4' ? 'ipv6' : 'ipv4';
    return [{ fields: [`serviceCidr.${missing}`], params: { missing: familyLabel(missing), serviceSubnet: ctx.serviceSubnet.text } }];
  },
});
