import { LEGACY_MASK } from '../../helpers/kube-controller-manager';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  value?: string | number;
};

export const rule = defineRule({
  id: 'controller-manager-legacy-mask-dual-stack',
  severity: 'error',
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields: ['podCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.allocateNodeCidrs && LEGACY_MASK in ctx.controllerManagerArgs && ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2
      ? [{ params: { value: ctx.controllerManagerArgs[LEGACY_MASK]! } }]
      : [],
});
