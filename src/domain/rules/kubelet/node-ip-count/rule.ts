import { hasFieldProblem, legacy, nodeFields } from '../../helpers/kubelet';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  node?: string | number;
  parser?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubelet-node-ip-count',
  severity: 'error',
  component: 'kubelet',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.nodes.flatMap((entry): Finding[] => {
      const { ips } = entry;
      if (hasFieldProblem(ctx, entry)) return [];
      const bad = ips.length > 2 || (ips.length === 2 && ips[0]!.family === ips[1]!.family);
      return bad ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, ...legacy(ctx.kubernetesMinor) } }] : [];
    }),
});
