import { type Cidr, bitsOf, formatCidr as fmt } from '../../../cidr';
import { subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

function fmtAddress(cidr: Cidr): string {
  return fmt(cidr).split('/')[0]!;
}

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  bits?: string | number;
  cidr?: string | number;
  minPrefix?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-service-subnet-too-large',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['serviceCidr.ipv4', 'serviceCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.serviceSubnet.cidrs
      .filter((cidr) => bitsOf(cidr.family) - cidr.prefix > 20)
      .map((cidr) => ({
        fields: [subnetField('service', cidr.family)],
        params: { cidr: fmt(cidr), bits: bitsOf(cidr.family), minPrefix: bitsOf(cidr.family) - 20 },
        fixes: [{ label: 'set-prefix', params: { prefix: bitsOf(cidr.family) - 20 }, set: [{ field: `serviceCidr.${cidr.family}`, value: `${fmtAddress(cidr)}/${bitsOf(cidr.family) - 20}` }] }],
      })),
});
