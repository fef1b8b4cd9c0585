import { type Family, familyLabel } from '../../../cidr';
import { LEGACY_MASK, singleStackFamily } from '../../helpers/kube-controller-manager';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  family?: string | number;
  flag?: string | number;
};

export const rule = defineRule({
  id: 'controller-manager-mask-wrong-family',
  severity: 'error',
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const family = singleStackFamily(ctx);
    if (!ctx.allocateNodeCidrs || family === null) return [];
    const other: Family = family === 'ipv4' ? 'ipv6' : 'ipv4';
    const flag = `${LEGACY_MASK}-${other}`;
    return flag in ctx.controllerManagerArgs ? [{ fields: [`nodeMask.${other}`], params: { flag, family: familyLabel(family) } }] : [];
  },
});
