import { capacityFixes, pieceText } from '../../helpers/kube-controller-manager';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  blocks?: string | number;
  cidr?: string | number;
  flag?: string | number;
  mask?: string | number;
  prefix?: string | number;
};

export const rule = defineRule({
  // Even with one node named, the next one to join gets no podCIDR: kubernetes/kubernetes#112367, flannel-io/flannel#1688.
  id: 'controller-manager-one-node-block',
  severity: 'warning',
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.allocateNodeCidrs || !ctx.podSubnet.valid || ctx.plan.nodes.length > 1) return [];
    return ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
      const blocks = ctx.capacity[pod.family];
      // No usable block at all is controller-manager/node-capacity's error.
      if (!blocks || blocks.usableBlocks !== 1n) return [];
      return [{
        fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
        params: { cidr: pieceText(ctx, pod), mask: blocks.nodeMask, prefix: pod.prefix, blocks: String(blocks.nodeBlocks), flag: `node-cidr-mask-size-${pod.family}` },
        fixes: capacityFixes(ctx, pod, blocks, 2),
      }];
    });
  },
});
