import { legacy, nodeFields } from '../../helpers/kubelet';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  kubernetes?: string | number;
  node?: string | number;
  parser?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubelet-node-ip-cloud-dual-stack',
  severity: 'error',
  component: 'kubelet',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6', 'kubernetesVersion'],
  versions: { kubernetes: { to: '1.28' } },
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.plan.overrides.cloudProvider !== 'external'
      ? []
      : ctx.nodes.flatMap((entry): Finding[] =>
          entry.ips.length === 2 && entry.ips[0]!.family !== entry.ips[1]!.family
            ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, kubernetes: `1.${ctx.kubernetesMinor}`, ...legacy(ctx.kubernetesMinor) }, fixes: [{ label: 'set-kubernetes-version', params: { version: '1.29' }, set: [{ field: 'kubernetesVersion', value: '1.29' }] }] }]
            : [],
        ),
});
