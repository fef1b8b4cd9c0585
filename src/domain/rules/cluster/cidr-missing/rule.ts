import { familyLabel } from '../../../cidr';
import { stackFamilies } from '../../../plan';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  family?: string | number;
};

export const rule = defineRule({
  id: 'cluster-cidr-missing',
  severity: 'error',
  component: 'cluster',
  phase: 'kubeadm-validate',
  fields: ['podCidr.ipv4', 'podCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.plan.overrides.podSubnet !== undefined
      ? []
      : stackFamilies(ctx.plan)
          .filter((family) => ctx.plan.podCidr[family] === '')
          .map((family) => ({ fields: [`podCidr.${family}`], params: { family: familyLabel(family) } })),
});
