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
  id: 'kubeadm-service-subnet-too-small',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['serviceCidr.ipv4', 'serviceCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.serviceSubnet.cidrs
      .filter((cidr) => cidrSize(cidr) < 10n)
      .map((cidr) => ({ fields: [subnetField('service', cidr.family)], params: { cidr: fmt(cidr), size: String(cidrSize(cidr)), minimum: 10, largestPrefix: bitsOf(cidr.family) - 4 } })),
});
