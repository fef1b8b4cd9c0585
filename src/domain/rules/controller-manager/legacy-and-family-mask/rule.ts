import { LEGACY_MASK, singleStackFamily } from '../../helpers/kube-controller-manager';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  flags?: string | number;
};

export const rule = defineRule({
  id: 'controller-manager-legacy-and-family-mask',
  severity: 'error',
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.allocateNodeCidrs || !(LEGACY_MASK in ctx.controllerManagerArgs) || singleStackFamily(ctx) === null) return [];
    const family = (['ipv4', 'ipv6'] as const).filter((f) => `${LEGACY_MASK}-${f}` in ctx.controllerManagerArgs);
    return family.length ? [{ fields: family.map((f) => `nodeMask.${f}`), params: { flags: family.map((f) => `--${LEGACY_MASK}-${f}`).join(', ') } }] : [];
  },
});
