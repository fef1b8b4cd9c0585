import { formatCidr } from '../../../cidr';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
};

export const rule = defineRule({
  id: 'cluster-ipv6-service-range-beyond-112',
  severity: 'info',
  component: 'cluster',
  phase: 'runtime',
  fields: ['serviceCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const cidr = ctx.serviceSubnet.byFamily.ipv6;
    return cidr && cidr.prefix < 112 && cidr.prefix >= 108 ? [{ fields: ['serviceCidr.ipv6'], params: { cidr: formatCidr(cidr) } }] : [];
  },
});
