import { type Family, familyLabel } from '../../../cidr';
import { podCidrFamilies } from '../../../cluster';
import { formatSemver } from '../../../versions';
import { atLeast, clusterCidrs, nodeList } from '../../helpers/cluster-state';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  basis?: string | number;
  count?: string | number;
  family?: string | number;
  flannel?: string | number;
  nodes?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  // Pod CIDRs are assigned once, when the controller manager first sees a node without any (range_allocator.go
  // AllocateOrOccupyCIDR); the API server refuses to change them afterwards (ValidateNodeUpdate). So nodes that
  // registered before the cluster became dual-stack keep a single family (k3s-io/k3s#10726).
  id: 'cluster-node-pod-cidr-family-missing',
  severity: 'error',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr'],
  needs: ['cluster'],
  check: (ctx): Finding<RuleParams>[] => {
    const ranges = clusterCidrs(ctx);
    const explicitNetConf = ctx.plan.flannel.enableIPv4 !== undefined || ctx.plan.flannel.enableIPv6 !== undefined;
    // The families nodes should hold: kube-controller-manager's, else those a net-conf.json read from a file enables.
    const wanted: Family[] = ranges
      ? ranges.map((r) => r.family)
      : ctx.scopes.has('flannel') && explicitNetConf && ctx.netConf.enableIPv4 && ctx.netConf.enableIPv6
        ? ['ipv4', 'ipv6']
        : [];
    if (wanted.length < 2) return [];
    const findings: Finding[] = [];
    for (const family of wanted) {
      const missing = ctx.cluster.nodes.map((node, index) => ({ node, index })).filter(({ node }) => {
        const families = podCidrFamilies(node);
        return families.length > 0 && !families.includes(family);
      });
      if (!missing.length) continue;
      // What flanneld with EnableIPv6 does on such a node (flannel-io/flannel#1789, #2115; PR #2078 in v0.26.0).
      const flannel = family === 'ipv6' && ctx.scopes.has('flannel') && ctx.plan.flannel.enableIPv6 === true
        ? (atLeast(ctx, '0.26.0') ? 'error' : atLeast(ctx, '0.21.0') ? 'panic' : 'panic-unsure')
        : 'none';
      findings.push({
        fields: [`cluster.nodes.${missing[0]!.index}.podCidrs`, 'podCidr'],
        params: {
          family: familyLabel(family),
          nodes: nodeList(missing.map((m) => m.node.name)),
          count: missing.length,
          basis: ranges ? 'podSubnet' : 'net-conf',
          flannel,
          version: formatSemver(ctx.flannel),
        },
      });
    }
    return findings;
  },
});
