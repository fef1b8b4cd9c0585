// kube-controller-manager node IPAM: what it refuses, and how many nodes get a podCIDR.
import { type Cidr, type Family, familyLabel, overlaps } from '../cidr';
import { DEFAULT_MAX_PODS } from '../plan';
import type { FamilyCapacity } from '../resolve';
import type { RuleContext } from './context';
import { nodeMaskCandidates, serviceRangeCandidates, widerPodCandidate } from './fix-candidates';
import type { Finding, PlanFix, Rule } from './types';

const LEGACY_MASK = 'node-cidr-mask-size';

function singleStackFamily(ctx: RuleContext): Family | null {
  return ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 1 ? ctx.podSubnet.cidrs[0]!.family : null;
}

const pieceText = (ctx: RuleContext, pod: Cidr): string => ctx.podSubnet.pieces.find((p) => p.parse.ok && p.parse.cidr === pod)?.text ?? '';

/**
 * Fixes for too few node blocks. Where a Service CIDR overlapping the pod CIDR takes them, the overlap is the cause,
 * and the fix is a Service range outside it. Otherwise node masks that give `nodes` blocks, then a wider pod CIDR.
 */
function capacityFixes(ctx: RuleContext, pod: Cidr, blocks: FamilyCapacity, nodes: number): PlanFix[] {
  const moves = ctx.plan.overrides.serviceSubnet === undefined
    ? ctx.serviceSubnet.cidrs.filter((service) => overlaps(service, pod)).flatMap((service) => serviceRangeCandidates(pod, service, `serviceCidr.${pod.family}`))
    : [];
  if (moves.length > 0) return moves;
  const needed = nodes + Number(blocks.nodeBlocks - blocks.usableBlocks);
  const wider = ctx.plan.overrides.podSubnet === undefined ? widerPodCandidate(pod, blocks.nodeMask, needed, `podCidr.${pod.family}`) : [];
  return [...moves, ...nodeMaskCandidates(pod, needed), ...wider];
}

export const controllerManagerRules: Rule[] = [
  {
    id: 'controller-manager-legacy-mask-dual-stack',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['podCidr'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.allocateNodeCidrs && LEGACY_MASK in ctx.controllerManagerArgs && ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2
        ? [{ params: { value: ctx.controllerManagerArgs[LEGACY_MASK]! } }]
        : [],
  },
  {
    id: 'controller-manager-legacy-and-family-mask',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.allocateNodeCidrs || !(LEGACY_MASK in ctx.controllerManagerArgs) || singleStackFamily(ctx) === null) return [];
      const family = (['ipv4', 'ipv6'] as const).filter((f) => `${LEGACY_MASK}-${f}` in ctx.controllerManagerArgs);
      return family.length ? [{ fields: family.map((f) => `nodeMask.${f}`), params: { flags: family.map((f) => `--${LEGACY_MASK}-${f}`).join(', ') } }] : [];
    },
  },
  {
    id: 'controller-manager-mask-wrong-family',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const family = singleStackFamily(ctx);
      if (!ctx.allocateNodeCidrs || family === null) return [];
      const other: Family = family === 'ipv4' ? 'ipv6' : 'ipv4';
      const flag = `${LEGACY_MASK}-${other}`;
      return flag in ctx.controllerManagerArgs ? [{ fields: [`nodeMask.${other}`], params: { flag, family: familyLabel(family) } }] : [];
    },
  },
  {
    id: 'controller-manager-node-capacity',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6', 'nodes'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.allocateNodeCidrs || !ctx.podSubnet.valid) return [];
      const nodes = BigInt(Math.max(ctx.plan.nodes.length, 1));
      return ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
        const blocks = ctx.capacity[pod.family];
        if (!blocks || blocks.usableBlocks >= nodes) return [];
        return [{
          fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
          params: {
            cidr: pieceText(ctx, pod),
            mask: blocks.nodeMask,
            prefix: pod.prefix,
            blocks: String(blocks.nodeBlocks),
            usable: String(blocks.usableBlocks),
            nodes: String(nodes),
            flag: `node-cidr-mask-size-${pod.family}`,
          },
          fixes: capacityFixes(ctx, pod, blocks, Number(nodes)),
        }];
      });
    },
  },
  {
    // Even with one node named, the next one to join gets no podCIDR: kubernetes/kubernetes#112367, flannel-io/flannel#1688.
    id: 'controller-manager-one-node-block',
    severity: 'warning',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.allocateNodeCidrs || !ctx.podSubnet.valid || ctx.plan.nodes.length > 1) return [];
      return ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
        const blocks = ctx.capacity[pod.family];
        // No usable block at all is controller-manager-node-capacity's error.
        if (!blocks || blocks.usableBlocks !== 1n) return [];
        return [{
          fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
          params: { cidr: pieceText(ctx, pod), mask: blocks.nodeMask, prefix: pod.prefix, blocks: String(blocks.nodeBlocks), flag: `node-cidr-mask-size-${pod.family}` },
          fixes: capacityFixes(ctx, pod, blocks, 2),
        }];
      });
    },
  },
  {
    id: 'controller-manager-pods-per-node',
    severity: 'warning',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      !ctx.allocateNodeCidrs
        ? []
        : ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
            const mask = ctx.nodeMask[pod.family];
            const bits = pod.family === 'ipv4' ? 32 : 128;
            if (mask === null || mask < pod.prefix || mask > bits) return [];
            const addresses = (1n << BigInt(bits - mask)) - 2n;
            return addresses < BigInt(DEFAULT_MAX_PODS)
              ? [{ fields: [`nodeMask.${pod.family}`], params: { mask, addresses: String(addresses < 0n ? 0n : addresses), maxPods: DEFAULT_MAX_PODS, family: familyLabel(pod.family) } }]
              : [];
          }),
  },
];
