// kube-controller-manager node IPAM: what it refuses, and how many nodes get a podCIDR.
import { type Cidr, type Family, overlaps } from '../../cidr';
import type { FamilyCapacity } from '../../resolve';
import type { RuleContext } from '../context';
import { nodeMaskCandidates, serviceRangeCandidates, widerPodCandidate } from '../fix-candidates';
import type { PlanFix } from '../types';

export const LEGACY_MASK = 'node-cidr-mask-size';

export function singleStackFamily(ctx: RuleContext): Family | null {
  return ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 1 ? ctx.podSubnet.cidrs[0]!.family : null;
}

export const pieceText = (ctx: RuleContext, pod: Cidr): string => ctx.podSubnet.pieces.find((p) => p.parse.ok && p.parse.cidr === pod)?.text ?? '';

/**
 * Fixes for too few node blocks. Where a Service CIDR overlapping the pod CIDR takes them, the overlap is the cause,
 * and the fix is a Service range outside it. Otherwise node masks that give `nodes` blocks, then a wider pod CIDR.
 */
export function capacityFixes(ctx: RuleContext, pod: Cidr, blocks: FamilyCapacity, nodes: number): PlanFix[] {
  const moves = ctx.plan.overrides.serviceSubnet === undefined
    ? ctx.serviceSubnet.cidrs.filter((service) => overlaps(service, pod)).flatMap((service) => serviceRangeCandidates(pod, service, `serviceCidr.${pod.family}`))
    : [];
  if (moves.length > 0) return moves;
  const needed = nodes + Number(blocks.nodeBlocks - blocks.usableBlocks);
  const wider = ctx.plan.overrides.podSubnet === undefined ? widerPodCandidate(pod, blocks.nodeMask, needed, `podCidr.${pod.family}`) : [];
  return [...moves, ...nodeMaskCandidates(pod, needed), ...wider];
}
