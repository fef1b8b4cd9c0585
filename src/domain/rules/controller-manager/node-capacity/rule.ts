import { capacityFixes, pieceText } from '../../helpers/kube-controller-manager';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  blocks?: string | number;
  cidr?: string | number;
  flag?: string | number;
  mask?: string | number;
  nodes?: string | number;
  prefix?: string | number;
  usable?: string | number;
};

export const rule = defineRule({
  id: 'controller-manager-node-capacity',
  severity: 'error',
  component: 'kube-controller-manager',
  phase: 'runtime',
  fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6', 'nodes'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.allocateNodeCidrs || !ctx.podSubnet.valid) return [];
    const nodes = BigInt(Math.max(ctx.plan.nodes.length, 1));
    return ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
      const blocks = ctx.capacity[pod.family];
      if (!blocks || blocks.usableBlocks >= nodes) return [];
      return [{
        fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
        params: {
          cidr: pieceText(ctx, pod),
          mask: blocks.nodeMask,
          prefix: pod.prefix,
          blocks: String(blocks.nodeBlocks),
          usable: String(blocks.usableBlocks),
          nodes: String(nodes),
          flag: `node-cidr-mask-size-${pod.family}`,
        },
        fixes: capacityFixes(ctx, pod, blocks, Number(nodes)),
      }];
    });
  },
});
