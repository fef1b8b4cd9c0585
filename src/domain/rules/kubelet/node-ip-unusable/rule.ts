import { nodeIpField, writtenAddress } from '../../context';
import { specialKind } from '../../helpers/kubeadm';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  address?: string | number;
  kind?: string | number;
  node?: string | number;
};

export const rule = defineRule({
  id: 'kubelet-node-ip-unusable',
  severity: 'error',
  component: 'kubelet',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.nodes.flatMap((entry): Finding[] =>
      entry.ips.flatMap((ip): Finding[] => {
        const kind = specialKind(ip);
        // A lone 0.0.0.0 or :: means "auto-detect in this family" and is allowed.
        if (kind === null || (kind === 'unspecified' && entry.ips.length === 1)) return [];
        if (kind === 'unspecified') return [];
        return [{ fields: [nodeIpField(entry, ip.family)], params: { node: entry.node.name, address: writtenAddress(entry, ip), kind } }];
      }),
    ),
});
