import { familyLabel } from '../../../cidr';
import { DEFAULT_MAX_PODS } from '../../../plan';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  addresses?: string | number;
  family?: string | number;
  mask?: string | number;
  maxPods?: string | number;
};

export const rule = defineRule({
  id: 'controller-manager-pods-per-node',
  severity: 'warning',
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    !ctx.allocateNodeCidrs
      ? []
      : ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
          const mask = ctx.nodeMask[pod.family];
          const bits = pod.family === 'ipv4' ? 32 : 128;
          if (mask === null || mask < pod.prefix || mask > bits) return [];
          const addresses = (1n << BigInt(bits - mask)) - 2n;
          return addresses < BigInt(DEFAULT_MAX_PODS)
            ? [{ fields: [`nodeMask.${pod.family}`], params: { mask, addresses: String(addresses < 0n ? 0n : addresses), maxPods: DEFAULT_MAX_PODS, family: familyLabel(pod.family) } }]
            : [];
        }),
});
