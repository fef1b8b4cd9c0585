import { bitsOf, cidrSize, formatCidr as fmt } from '../../../cidr';
import { subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
  largestPrefix?: string | number;
  minimum?: string | number;
  size?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-pod-subnet-too-small',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['podCidr.ipv4', 'podCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.podSubnet.cidrs
      .filter((cidr) => cidrSize(cidr) < 14n)
      .map((cidr) => ({ fields: [subnetField('pod', cidr.family)], params: { cidr: fmt(cidr), size: String(cidrSize(cidr)), minimum: 14, largestPrefix: bitsOf(cidr.family) - 4 } })),
});
