// kube-controller-manager node IPAM: what it refuses, and how many nodes get a podCIDR.
import { type Cidr, type Family, cidrSize, containsCidr, familyLabel, overlaps } from '../cidr';
import { DEFAULT_MAX_PODS, type Plan } from '../plan';
import { type RuleContext, buildContext } from './context';
import { nodeMaskCandidates, serviceRangeCandidates, widerPodCandidate } from './fix-candidates';
import type { Finding, PlanFix, Rule } from './types';

const LEGACY_MASK = 'node-cidr-mask-size';

function singleStackFamily(ctx: RuleContext): Family | null {
  return ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 1 ? ctx.podSubnet.cidrs[0]!.family : null;
}

/** Node blocks of a pod CIDR that the allocator can hand out: it pre-occupies blocks overlapping Service CIDRs. */
interface AllocatableBlocks {
  total: bigint;
  usable: bigint;
  mask: number;
}

export function allocatableBlocks(ctx: RuleContext, family: Family): AllocatableBlocks | null {
  const pod = ctx.podSubnet.byFamily[family];
  const mask = ctx.nodeMask[family];
  if (!pod || mask === null || mask < pod.prefix || mask - pod.prefix > 64) return null;
  const total = 1n << BigInt(mask - pod.prefix);
  let lost = 0n;
  for (const service of ctx.serviceSubnet.cidrs) {
    if (!overlaps(service, pod)) continue;
    if (service.prefix >= mask) lost += 1n; // the service range sits inside one block
    else if (containsCidr(pod, service)) lost += cidrSize(service) / (1n << BigInt((family === 'ipv4' ? 32 : 128) - mask));
    else lost = total; // the service range covers the whole pod CIDR
  }
  return { total, usable: total > lost ? total - lost : 0n, mask };
}

const pieceText = (ctx: RuleContext, pod: Cidr): string => ctx.podSubnet.pieces.find((p) => p.parse.ok && p.parse.cidr === pod)?.text ?? '';

/**
 * Fixes for too few node blocks. Where a Service CIDR overlapping the pod CIDR takes them, the overlap is the cause,
 * and the fix is a Service range outside it. Otherwise node masks that give `nodes` blocks, then a wider pod CIDR.
 */
function capacityFixes(ctx: RuleContext, pod: Cidr, blocks: AllocatableBlocks, nodes: number): PlanFix[] {
  const moves = ctx.plan.overrides.serviceSubnet === undefined
    ? ctx.serviceSubnet.cidrs.filter((service) => overlaps(service, pod)).flatMap((service) => serviceRangeCandidates(pod, service, `serviceCidr.${pod.family}`))
    : [];
  if (moves.length > 0) return moves;
  const needed = nodes + Number(blocks.total - blocks.usable);
  const wider = ctx.plan.overrides.podSubnet === undefined ? widerPodCandidate(pod, blocks.mask, needed, `podCidr.${pod.family}`) : [];
  return [...moves, ...nodeMaskCandidates(pod, needed), ...wider];
}

export interface FamilyNodeCapacity {
  family: Family;
  podCidr: string;
  nodeMask: number;
  /** 2^(nodeMask − prefix). */
  nodeBlocks: bigint;
  /** Blocks the allocator can hand out: less those overlapping a Service CIDR. */
  usableBlocks: bigint;
}

/** How many nodes each family's pod CIDR can give a podCIDR; empty when the controller manager allocates none. */
export function planNodeCapacity(plan: Plan): FamilyNodeCapacity[] {
  return podNodeCapacity(buildContext(plan));
}

function podNodeCapacity(ctx: RuleContext): FamilyNodeCapacity[] {
  if (!ctx.allocateNodeCidrs || !ctx.podSubnet.valid) return [];
  return ctx.podSubnet.cidrs.flatMap((pod) => {
    const blocks = allocatableBlocks(ctx, pod.family);
    return blocks ? [{ family: pod.family, podCidr: pieceText(ctx, pod), nodeMask: blocks.mask, nodeBlocks: blocks.total, usableBlocks: blocks.usable }] : [];
  });
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
        const blocks = allocatableBlocks(ctx, pod.family);
        if (!blocks || blocks.usable >= nodes) return [];
        return [{
          fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
          params: {
            cidr: pieceText(ctx, pod),
            mask: blocks.mask,
            prefix: pod.prefix,
            blocks: String(blocks.total),
            usable: String(blocks.usable),
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
        const blocks = allocatableBlocks(ctx, pod.family);
        // No usable block at all is controller-manager-node-capacity's error.
        if (!blocks || blocks.usable !== 1n) return [];
        return [{
          fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
          params: { cidr: pieceText(ctx, pod), mask: blocks.mask, prefix: pod.prefix, blocks: String(blocks.total), flag: `node-cidr-mask-size-${pod.family}` },
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
