import { familyLabel } from '../../../cidr';
import { nodeIpField } from '../../context';
import { hasFieldProblem, isUnspecified } from '../../helpers/kubelet';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  missing?: string | number;
  node?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubelet-node-ip-missing-family',
  severity: 'warning',
  component: 'kubelet',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!(ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2)) return [];
    return ctx.nodes.flatMap((entry): Finding[] => {
      if (entry.ips.length > 2 || hasFieldProblem(ctx, entry)) return [];
      const have = new Set(entry.ips.filter((ip) => !isUnspecified(ip)).map((ip) => ip.family));
      const missing = (['ipv4', 'ipv6'] as const).filter((family) => !have.has(family));
      if (missing.length !== 1) return [];
      return [{ fields: [nodeIpField(entry, missing[0]!)], params: { node: entry.node.name, missing: familyLabel(missing[0]!), value: entry.nodeIp } }];
    });
  },
});
