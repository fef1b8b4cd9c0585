// What `kubeadm init/join --config` validates before deploying anything.
import { type Cidr, type Family, cidrOf, cidrSize, overlaps } from '../../cidr';
import { DEFAULT_BIND_PORT, isPortNumber } from '../../plan';
import type { RuleContext, SubnetList } from '../context';
import type { PlanPath } from '../types';

export type SubnetKind = 'pod' | 'service';

export const subnetField = (kind: SubnetKind, family?: Family): PlanPath => {
  const base = kind === 'pod' ? 'podCidr' : 'serviceCidr';
  return family ? `${base}.${family}` : base;
};

export function listOf(ctx: RuleContext, kind: SubnetKind): SubnetList {
  return kind === 'pod' ? ctx.podSubnet : ctx.serviceSubnet;
}

/** True when podSubnet/serviceSubnet is built from the per-family fields, false when a file gave it verbatim. */
export const fromFields = (ctx: RuleContext, kind: SubnetKind): boolean => ctx.plan.overrides[SETTING[kind]] === undefined;

export const SETTING = { pod: 'podSubnet', service: 'serviceSubnet' } as const;

/** Node blocks a plan needs: one per node named, and room for a second so another node can join. */
export const blocksForNodes = (ctx: RuleContext): number => Math.max(ctx.plan.nodes.length, 2);

/** The port a suggestion names: bindPort, or kubeadm's default while the field holds no port. */
export const apiPort = (ctx: RuleContext): number => (isPortNumber(ctx.plan.bindPort) ? ctx.plan.bindPort : DEFAULT_BIND_PORT);

export type SpecialKind = 'unspecified' | 'loopback' | 'link-local' | 'multicast' | null;

export const SPECIAL: Array<[Cidr, Exclude<SpecialKind, null>]> = [
  [cidrOf('0.0.0.0/32'), 'unspecified'],
  [cidrOf('::/128'), 'unspecified'],
  [cidrOf('127.0.0.0/8'), 'loopback'],
  [cidrOf('::1/128'), 'loopback'],
  [cidrOf('169.254.0.0/16'), 'link-local'],
  [cidrOf('fe80::/10'), 'link-local'],
  [cidrOf('224.0.0.0/4'), 'multicast'],
  [cidrOf('ff00::/8'), 'multicast'],
];

export function specialKind(ip: { family: Family; value: bigint }): SpecialKind {
  for (const [cidr, kind] of SPECIAL) if (cidr.family === ip.family && ip.value >= cidr.base && ip.value < cidr.base + cidrSize(cidr)) return kind;
  return null;
}

/** Special ranges a CIDR overlaps. */
export function specialOverlaps(cidr: Cidr): Array<Exclude<SpecialKind, null>> {
  return [...new Set(SPECIAL.filter(([special]) => overlaps(special, cidr)).map(([, kind]) => kind))];
}
