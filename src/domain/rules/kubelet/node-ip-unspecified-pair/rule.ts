import { isUnspecified, legacy, nodeFields } from '../../helpers/kubelet';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  node?: string | number;
  parser?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubelet-node-ip-unspecified-pair',
  severity: 'error',
  component: 'kubelet',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.nodes.flatMap((entry): Finding[] =>
      entry.ips.length === 2 && entry.ips[0]!.family !== entry.ips[1]!.family && entry.ips.some(isUnspecified)
        ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, ...legacy(ctx.kubernetesMinor) } }]
        : [],
    ),
});
