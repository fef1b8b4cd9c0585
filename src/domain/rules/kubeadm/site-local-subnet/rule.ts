import { cidrOf, formatCidr as fmt, overlaps } from '../../../cidr';
import { SETTING, listOf, subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

const SITE_LOCAL = cidrOf('fec0::/10');

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
  setting?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-site-local-subnet',
  severity: 'warning',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['podCidr.ipv6', 'serviceCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    (['pod', 'service'] as const).flatMap((kind) =>
      listOf(ctx, kind)
        .cidrs.filter((cidr) => overlaps(cidr, SITE_LOCAL))
        .map((cidr) => ({ fields: [subnetField(kind, cidr.family)], params: { cidr: fmt(cidr), setting: SETTING[kind] } })),
    ),
});
