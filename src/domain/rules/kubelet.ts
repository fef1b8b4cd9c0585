// kubelet --node-ip: parsed when kubelet starts, per node.
import { familyLabel } from '../cidr';
import { specialKind } from './kubeadm';
import { type NodeIps, type RuleContext, nodeIpField, writtenAddress } from './context';
import { clip } from './fields';
import type { Finding, Params, Rule } from './types';

const isUnspecified = (ip: { value: bigint }): boolean => ip.value === 0n;

/** A node whose per-family field holds a typo: the field's own rule says it there, the node-ip rules stay silent. */
const hasFieldProblem = (ctx: RuleContext, entry: NodeIps): boolean =>
  ctx.stackFamilies.some((family) => ctx.fieldProblems.has(`nodes.${entry.index}.${family}`));

function nodeFields({ index, node }: NodeIps): string[] {
  return node.nodeIp !== undefined ? [`nodes.${index}.nodeIp`] : [`nodes.${index}.ipv4`, `nodes.${index}.ipv6`];
}

// Before 1.27 kubelet server.go parsed --node-ip itself, with other wording, and refused a dual-stack one with any
// --cloud-provider; PR #116305 (1.27) moved it to component-helpers and added CloudDualStackNodeIPs for "external".
const legacy = (minor: number): { parser?: string } => (minor < 27 ? { parser: 'legacy' } : {});

export const kubeletRules: Rule[] = [
  {
    id: 'kubelet-node-ip-count',
    severity: 'error',
    component: 'kubelet',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.nodes.flatMap((entry): Finding[] => {
        const { ips } = entry;
        if (hasFieldProblem(ctx, entry)) return [];
        const bad = ips.length > 2 || (ips.length === 2 && ips[0]!.family === ips[1]!.family);
        return bad ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, ...legacy(ctx.kubernetesMinor) } }] : [];
      }),
  },
  {
    id: 'kubelet-node-ip-unspecified-pair',
    severity: 'error',
    component: 'kubelet',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.nodes.flatMap((entry): Finding[] =>
        entry.ips.length === 2 && entry.ips[0]!.family !== entry.ips[1]!.family && entry.ips.some(isUnspecified)
          ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, ...legacy(ctx.kubernetesMinor) } }]
          : [],
      ),
  },
  {
    id: 'kubelet-node-ip-unparsable',
    severity: 'warning',
    component: 'kubelet',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.nodes.flatMap((entry): Finding[] => {
        if (entry.node.nodeIp === undefined) {
          // Typed into a family's field: kubelet would drop it, and the node would lack the address the plan gives
          // it, so it is an error at that field.
          return ctx.stackFamilies.flatMap((family): Finding[] => {
            const problem = ctx.fieldProblems.get(`nodes.${entry.index}.${family}`);
            if (problem?.kind !== 'syntax') return [];
            const field = `nodes.${entry.index}.${family}`;
            // On the init node this is also the advertise address, which kubeadm refuses before kubelet runs.
            const advertise: Params = ctx.advertiseSource?.field === field ? { advertise: 'yes' } : {};
            return [{
              severity: 'error',
              fields: [field],
              params: { node: entry.node.name, value: entry.nodeIp, ignored: clip(problem.piece), ...problem.params, family: familyLabel(family), entry: clip(problem.value), ...advertise, ...legacy(ctx.kubernetesMinor) },
              fixes: problem.fixes,
            }];
          });
        }
        const bad = entry.pieces.filter((piece) => !piece.parse.ok).map((piece) => piece.text);
        return bad.length ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, ignored: bad.join(', '), ...legacy(ctx.kubernetesMinor) } }] : [];
      }),
  },
  {
    id: 'kubelet-node-ip-cloud-dual-stack',
    severity: 'error',
    component: 'kubelet',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6', 'kubernetesVersion'],
    versions: { kubernetes: { to: '1.28' } },
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.plan.overrides.cloudProvider !== 'external'
        ? []
        : ctx.nodes.flatMap((entry): Finding[] =>
            entry.ips.length === 2 && entry.ips[0]!.family !== entry.ips[1]!.family
              ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, kubernetes: `1.${ctx.kubernetesMinor}`, ...legacy(ctx.kubernetesMinor) }, fixes: [{ label: 'set-kubernetes-version', params: { version: '1.29' }, set: [{ field: 'kubernetesVersion', value: '1.29' }] }] }]
              : [],
          ),
  },
  {
    id: 'kubelet-node-ip-missing-family',
    severity: 'warning',
    component: 'kubelet',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!(ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2)) return [];
      return ctx.nodes.flatMap((entry): Finding[] => {
        if (entry.ips.length > 2 || hasFieldProblem(ctx, entry)) return [];
        const have = new Set(entry.ips.filter((ip) => !isUnspecified(ip)).map((ip) => ip.family));
        const missing = (['ipv4', 'ipv6'] as const).filter((family) => !have.has(family));
        if (missing.length !== 1) return [];
        return [{ fields: [nodeIpField(entry, missing[0]!)], params: { node: entry.node.name, missing: familyLabel(missing[0]!), value: entry.nodeIp } }];
      });
    },
  },
  {
    id: 'kubelet-node-ip-unusable',
    severity: 'error',
    component: 'kubelet',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.nodes.flatMap((entry): Finding[] =>
        entry.ips.flatMap((ip): Finding[] => {
          const kind = specialKind(ip);
          // A lone 0.0.0.0 or :: means "auto-detect in this family" and is allowed.
          if (kind === null || (kind === 'unspecified' && entry.ips.length === 1)) return [];
          if (kind === 'unspecified') return [];
          return [{ fields: [nodeIpField(entry, ip.family)], params: { node: entry.node.name, address: writtenAddress(entry, ip), kind } }];
        }),
      ),
  },
];
