import { parseIp } from '../../../cidr';
import { formatSemver } from '../../../versions';
import { atLeast, nodeList } from '../../helpers/cluster-state';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  count?: string | number;
  error?: string | number;
  nodes?: string | number;
  outcome?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  // flannel pkg/subnet/kube/kube.go: each flanneld writes public-ip/public-ipv6 on its own node (AcquireLease); with
  // EnableIPv6 every other flanneld turns a node into routes only when public-ipv6 parses (nodeToLease, ip.ParseIP6),
  // and logs "Error turning node %q to lease: %v" otherwise. Nodes flanneld never annotated are skipped silently.
  id: 'flannel-node-public-ipv6-missing',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.enableIPv6'],
  needs: ['flannel', 'cluster'],
  check: (ctx): Finding<RuleParams>[] => {
    // Only a net-conf.json read from a file says EnableIPv6; the plan's derived value is not the cluster's.
    if (ctx.plan.flannel.enableIPv6 !== true) return [];
    const without = ctx.cluster.nodes.map((node, index) => ({ node, index })).filter(({ node }) => {
      const value = node.flannel['public-ipv6'] ?? '';
      return !parseIp(value, 'lenient').ok;
    });
    const findings: Finding[] = [];
    for (const outcome of ['skipped', 'no-lease'] as const) {
      const nodes = without.filter(({ node }) => (node.flannel['kube-subnet-manager'] === 'true') === (outcome === 'skipped'));
      if (!nodes.length) continue;
      findings.push({
        fields: [`cluster.nodes.${nodes[0]!.index}.${outcome === 'skipped' ? 'annotations' : 'name'}`, 'flannel.enableIPv6'],
        params: {
          nodes: nodeList(nodes.map((n) => n.node.name)),
          count: nodes.length,
          outcome,
          version: formatSemver(ctx.flannel),
          // ip.ParseIP6's error, lower-cased in v0.28.0 (commit 44e09cf2).
          error: atLeast(ctx, '0.28.0') ? 'invalid IP address format' : 'Invalid IP address format',
        },
      });
    }
    return findings;
  },
});
