import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = Record<never, never>;

export const rule = defineRule({
  id: 'kubeadm-pod-subnet-missing',
  severity: 'error',
  component: 'kubeadm',
  phase: 'runtime',
  fields: ['podCidr'],
  needs: ['kubeadm', 'flannel'],
  check: (ctx): Finding<RuleParams>[] => (ctx.podSubnet.pieces.length === 0 ? [{ params: {} }] : []),
});
