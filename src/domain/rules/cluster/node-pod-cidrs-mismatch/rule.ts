import { type Cidr, containsIp, formatCidr } from '../../../cidr';
import { parsedPodCidrs } from '../../../cluster';
import { clusterCidrs } from '../../helpers/cluster-state';
import { type Finding, defineRule } from '../../types';

/** cidrset.go getBeginningAndEndIndices: a block is in a cluster CIDR's range when either holds the other's base address. */
const inRange = (range: Cidr, block: Cidr): boolean =>
  range.family === block.family && (containsIp(range, { family: block.family, value: block.base }) || containsIp(block, { family: range.family, value: range.base }));

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
  clusterCidr?: string | number;
  index?: string | number;
  node?: string | number;
  outcome?: string | number;
  podCidrs?: string | number;
  range?: string | number;
};

export const rule = defineRule({
  // range_allocator.go occupyCIDRs: at start-up kube-controller-manager marks every node's podCIDRs[i] as used in
  // the set of --cluster-cidr entry i; a node whose blocks do not fit, in that order, stops it.
  id: 'cluster-node-pod-cidrs-mismatch',
  severity: 'error',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr'],
  needs: ['kubeadm', 'cluster'],
  check: (ctx): Finding<RuleParams>[] => {
    const ranges = clusterCidrs(ctx);
    if (!ranges) return [];
    const findings: Finding[] = [];
    ctx.cluster.nodes.forEach((node, index) => {
      const blocks = parsedPodCidrs(node);
      // A podCIDR that does not parse is a different failure ("failed to parse node"); the API server never stores one.
      if (blocks.some((b) => !b.cidr)) return;
      const at = blocks.findIndex((block, i) => i >= ranges.length || !inRange(ranges[i]!, block.cidr!));
      if (at < 0) return;
      const block = blocks[at]!.cidr!;
      const range = ranges[at];
      findings.push({
        fields: [`cluster.nodes.${index}.podCidrs`, 'podCidr'],
        params: {
          node: node.name,
          podCidrs: blocks.map((b) => b.text).join(','),
          clusterCidr: ranges.map(formatCidr).join(','),
          index: at,
          cidr: formatCidr(block),
          range: range ? formatCidr(range) : '',
          outcome: range ? 'out-of-range' : 'no-range',
        },
      });
    });
    return findings;
  },
});
