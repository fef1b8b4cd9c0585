// What only a running cluster shows (scope "cluster", read from `kubectl get nodes`): the podCIDRs kube-controller-manager
// gave each node, and the annotations Flannel wrote on it.
import { type Cidr, type Family, containsIp, familyLabel, formatCidr, parseCidrList, parseIp } from '../cidr';
import { parsedPodCidrs, podCidrFamilies } from '../cluster';
import { compareSemver, formatSemver, parseFlannelVersion } from '../versions';
import type { RuleContext } from './context';
import type { Finding, Rule } from './types';

const atLeast = (ctx: RuleContext, text: string): boolean => compareSemver(ctx.flannel, parseFlannelVersion(text)!) >= 0;

/**
 * kube-controller-manager's --cluster-cidr: kubeadm passes podSubnet, unless controllerManager.extraArgs sets it
 * (manifests.go getControllerManagerCommand); null when it runs no node IPAM or the list would not start it.
 */
function clusterCidrs(ctx: RuleContext): Cidr[] | null {
  if (!ctx.scopes.has('kubeadm') || !ctx.allocateNodeCidrs) return null;
  const given = ctx.controllerManagerArgs['cluster-cidr'];
  const list = given !== undefined ? parseCidrList(given.trim()) : ctx.podSubnet;
  if (given === undefined && (ctx.fieldProblems.has('podCidr.ipv4') || ctx.fieldProblems.has('podCidr.ipv6'))) return null;
  return list.valid ? list.cidrs : null;
}

/** cidrset.go getBeginningAndEndIndices: a block is in a cluster CIDR's range when either holds the other's base address. */
const inRange = (range: Cidr, block: Cidr): boolean =>
  range.family === block.family && (containsIp(range, { family: block.family, value: block.base }) || containsIp(block, { family: range.family, value: range.base }));

const nodeList = (names: string[]): string => names.map((name) => name || '(no name)').join(', ');

export const clusterStateRules: Rule[] = [
  {
    // range_allocator.go occupyCIDRs: at start-up kube-controller-manager marks every node's podCIDRs[i] as used in
    // the set of --cluster-cidr entry i; a node whose blocks do not fit, in that order, stops it.
    id: 'cluster-node-pod-cidrs-mismatch',
    severity: 'error',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr'],
    needs: ['kubeadm', 'cluster'],
    check: (ctx) => {
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
  },
  {
    // Pod CIDRs are assigned once, when the controller manager first sees a node without any (range_allocator.go
    // AllocateOrOccupyCIDR); the API server refuses to change them afterwards (ValidateNodeUpdate). So nodes that
    // registered before the cluster became dual-stack keep a single family (k3s-io/k3s#10726).
    id: 'cluster-node-pod-cidr-family-missing',
    severity: 'error',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr'],
    needs: ['cluster'],
    check: (ctx) => {
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
  },
  {
    // flannel pkg/subnet/kube/kube.go: each flanneld writes public-ip/public-ipv6 on its own node (AcquireLease); with
    // EnableIPv6 every other flanneld turns a node into routes only when public-ipv6 parses (nodeToLease, ip.ParseIP6),
    // and logs "Error turning node %q to lease: %v" otherwise. Nodes flanneld never annotated are skipped silently.
    id: 'flannel-node-public-ipv6-missing',
    severity: 'error',
    component: 'flannel',
    phase: 'runtime',
    fields: ['flannel.enableIPv6'],
    needs: ['flannel', 'cluster'],
    check: (ctx) => {
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
  },
];
