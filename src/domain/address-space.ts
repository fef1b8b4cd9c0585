// The address-space picture's model: each family's pod CIDR cut into node blocks as kube-controller-manager cuts it,
// the blocks in the order it hands them out, the Service CIDR with the kubernetes Service IP and the DNS IP, the node
// addresses, and what overlaps what. The page only draws this; every number comes from here.
import { type Cidr, type Family, bitsOf, cidrSize, containsIp, formatCidr, formatIp, lastAddress, overlaps } from './cidr';
import type { Plan } from './plan';
import { resolvePlan } from './resolve';
import { DOCUMENTATION } from './rules/helpers/addressing';
import { ruleById } from './rules/catalogue';
import { type SpecialKind, specialOverlaps } from './rules/helpers/kubeadm';
import type { Severity } from './rules/types';
import { rule as clusterDocumentationPrefix } from './rules/cluster/documentation-prefix/rule';
import { rule as clusterNodeIpInClusterRange } from './rules/cluster/node-ip-in-cluster-range/rule';
import { rule as clusterPodServiceOverlap } from './rules/cluster/pod-service-overlap/rule';
import { rule as clusterReservedRange } from './rules/cluster/reserved-range/rule';

/** How many blocks of the hand-out order the model lists at least, and at most. */
export const FIRST_BLOCKS_MIN = 4;
export const FIRST_BLOCKS_MAX = 16;

export type HighlightKind = 'service-overlap' | 'pod-overlap' | 'reserved' | 'documentation' | 'in-pod-range' | 'in-service-range';

/** Something the diagnostics flag about a range or an address, with the rule that flags it and its severity. */
export interface Highlight {
  kind: HighlightKind;
  rule: string;
  severity: Severity;
  /** The other range: the overlapping Service or pod CIDR, the reserved or documentation prefix. */
  range: string;
  /** The reserved kind (loopback, link-local, …) for 'reserved'. */
  special?: Exclude<SpecialKind, null>;
}

export interface NodeBlock {
  /** 1-based place in kube-controller-manager's hand-out order. */
  order: bigint;
  /** Index of the block in the pod CIDR (0 = the block at its start). */
  index: bigint;
  base: bigint;
  cidr: string;
  first: string;
  last: string;
  /** One of the first `planned` blocks handed out: a planned node gets it (which one depends on the order they register). */
  planned: boolean;
}

/** Blocks kube-controller-manager marks used before any node registers, because a Service CIDR overlaps them. */
export interface OccupiedBlocks {
  from: bigint;
  to: bigint;
  service: string;
  /** The node blocks lost, as ranges: "fd00:10:244::/64", or the first and last block "a/24 – b/24". */
  blocks: string;
}

export interface BlockCut {
  nodeMask: number;
  /** nodeMask − pod prefix. */
  bits: number;
  total: bigint;
  /** Blocks left for nodes: total less those a Service CIDR takes (resolve.ts nodeCapacity's usableBlocks). */
  usable: bigint;
  /** Addresses in one block. */
  blockSize: bigint;
  occupied: OccupiedBlocks[];
  /** The first blocks in hand-out order. */
  first: NodeBlock[];
  /** The last block handed out before the range runs out; null when no block is left for nodes. */
  last: NodeBlock | null;
  /** Planned nodes that get a block: min(planned, usable), 0 when the controller manager allocates none. */
  used: number;
  /** The blocks those nodes get, as index ranges (inclusive), in order. */
  usedRanges: Array<{ from: bigint; to: bigint }>;
}

export interface PodSpace {
  cidr: string;
  base: bigint;
  prefix: number;
  size: bigint;
  /** null when the node mask does not cut this CIDR (not a number, shorter than the prefix, longer than the address, or more than 64 bits of blocks). */
  cut: BlockCut | null;
  highlights: Highlight[];
}

export interface MarkedAddress {
  /** Offset from the start of the Service CIDR. */
  offset: bigint;
  value: bigint;
  address: string;
}

export interface ServiceSpace {
  cidr: string;
  base: bigint;
  prefix: number;
  size: bigint;
  /** kubeadm's kubernetes Service IP (1st address) and DNS IP (10th): in the first Service CIDR only. */
  kubernetesIp: MarkedAddress | null;
  dnsIp: MarkedAddress | null;
  /** This is the first Service CIDR, the one kubeadm takes both addresses from. */
  primary: boolean;
  highlights: Highlight[];
}

export interface NodeAddress {
  node: string;
  /** Index of the node in the plan. */
  index: number;
  value: bigint;
  address: string;
  highlights: Highlight[];
}

export interface FamilyAddressSpace {
  family: Family;
  /** The pod CIDR of this family as kubeadm reads podSubnet; null when none parses. */
  pod: PodSpace | null;
  service: ServiceSpace | null;
  plannedNodes: number;
  /** kube-controller-manager hands out node blocks (allocate-node-cidrs is not "false"). */
  allocates: boolean;
  nodes: NodeAddress[];
}

export interface AddressSpace {
  /** The stack's families, primary first. */
  families: FamilyAddressSpace[];
}

const severityOf = (id: string): Severity => ruleById(id).severity;

function rangeHighlights(cidr: Cidr, others: Array<{ cidr: Cidr; kind: 'service-overlap' | 'pod-overlap' }>): Highlight[] {
  const result: Highlight[] = [];
  for (const other of others) {
    if (overlaps(cidr, other.cidr)) result.push({ kind: other.kind, rule: clusterPodServiceOverlap.id, severity: severityOf(clusterPodServiceOverlap.id), range: formatCidr(other.cidr) });
  }
  for (const special of specialOverlaps(cidr)) {
    result.push({ kind: 'reserved', rule: clusterReservedRange.id, severity: severityOf(clusterReservedRange.id), range: formatCidr(cidr), special });
  }
  for (const doc of DOCUMENTATION) {
    if (overlaps(doc, cidr)) result.push({ kind: 'documentation', rule: clusterDocumentationPrefix.id, severity: severityOf(clusterDocumentationPrefix.id), range: formatCidr(doc) });
  }
  return result;
}

function block(pod: Cidr, mask: number, index: bigint, order: bigint, planned: boolean): NodeBlock {
  const size = 1n << BigInt(bitsOf(pod.family) - mask);
  const base = pod.base + index * size;
  return {
    order,
    index,
    base,
    cidr: `${formatIp({ family: pod.family, value: base })}/${mask}`,
    first: formatIp({ family: pod.family, value: base }),
    last: formatIp({ family: pod.family, value: base + size - 1n }),
    planned,
  };
}

/**
 * The block indices a Service CIDR occupies: range_allocator.go filterOutServiceRange hands each overlapping Service
 * CIDR to cidr_set.go Occupy, which marks the blocks from the one holding its first address to the one holding its
 * last, or every block when the Service CIDR is as large as the pod CIDR or larger.
 */
function occupiedBy(pod: Cidr, mask: number, total: bigint, service: Cidr): OccupiedBlocks | null {
  if (!overlaps(pod, service)) return null;
  const shift = BigInt(bitsOf(pod.family) - mask);
  const [from, to] = service.prefix <= pod.prefix ? [0n, total - 1n] : [(service.base - pod.base) >> shift, (lastAddress(service) - pod.base) >> shift];
  const block = (index: bigint) => formatCidr({ family: pod.family, base: pod.base + (index << shift), prefix: mask } as Cidr);
  return { from, to, service: formatCidr(service), blocks: from === to ? block(from) : `${block(from)} – ${block(to)}` };
}

/**
 * cidr_set.go AllocateNext: from nextCandidate (0 at the start) the first block not marked used, then the next; so
 * nodes get the blocks from the start of the range, skipping those a Service CIDR took.
 */
function handOut(pod: Cidr, mask: number, total: bigint, usable: bigint, occupied: OccupiedBlocks[], count: number, planned: number): { first: NodeBlock[]; last: NodeBlock | null } {
  const inOccupied = (index: bigint) => occupied.find((o) => index >= o.from && index <= o.to);
  const first: NodeBlock[] = [];
  let candidate = 0n;
  while (first.length < count && candidate < total) {
    const taken = inOccupied(candidate);
    if (taken) {
      candidate = taken.to + 1n;
      continue;
    }
    first.push(block(pod, mask, candidate, BigInt(first.length + 1), first.length < planned));
    candidate += 1n;
  }
  let lastIndex = total - 1n;
  for (let taken = inOccupied(lastIndex); taken && lastIndex >= 0n; taken = inOccupied(lastIndex)) lastIndex = taken.from - 1n;
  return { first, last: lastIndex >= 0n ? block(pod, mask, lastIndex, usable, BigInt(planned) >= usable) : null };
}

/** The index ranges of the first `count` blocks handed out, around the occupied ones. */
function handedOutRanges(total: bigint, occupied: OccupiedBlocks[], count: bigint): Array<{ from: bigint; to: bigint }> {
  const ranges: Array<{ from: bigint; to: bigint }> = [];
  const sorted = [...occupied].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let candidate = 0n;
  let left = count;
  for (const taken of [...sorted, { from: total, to: total }]) {
    if (left === 0n) break;
    if (taken.from > candidate) {
      const to = candidate + left - 1n < taken.from - 1n ? candidate + left - 1n : taken.from - 1n;
      ranges.push({ from: candidate, to });
      left -= to - candidate + 1n;
    }
    if (taken.to + 1n > candidate) candidate = taken.to + 1n;
  }
  return ranges;
}

/** The picture's model of a plan, one entry per family of its stack. */
export function addressSpace(plan: Plan): AddressSpace {
  const resolved = resolvePlan(plan);
  const plannedNodes = plan.nodes.length;
  const firstService = resolved.serviceSubnet.cidrs[0];
  const families = resolved.stackFamilies.map((family): FamilyAddressSpace => {
    const podCidr = resolved.podSubnet.byFamily[family];
    const serviceCidr = resolved.serviceSubnet.byFamily[family];
    const services = resolved.serviceSubnet.cidrs.filter((cidr) => cidr.family === family);
    let pod: PodSpace | null = null;
    if (podCidr) {
      const blocks = resolved.capacity[family];
      let cut: BlockCut | null = null;
      if (blocks) {
        const { nodeMask: mask, nodeBlocks: total, usableBlocks: usable } = blocks;
        const occupied = services.flatMap((service) => occupiedBy(podCidr, mask, total, service) ?? []);
        const used = resolved.allocateNodeCidrs ? Number(usable < BigInt(plannedNodes) ? usable : BigInt(plannedNodes)) : 0;
        const count = Math.min(Math.max(plannedNodes + 1, FIRST_BLOCKS_MIN), FIRST_BLOCKS_MAX);
        const { first, last } = handOut(podCidr, mask, total, usable, occupied, count, used);
        cut = {
          nodeMask: mask,
          bits: mask - podCidr.prefix,
          total,
          usable,
          blockSize: 1n << BigInt(bitsOf(family) - mask),
          occupied,
          first,
          last,
          used,
          usedRanges: handedOutRanges(total, occupied, BigInt(used)),
        };
      }
      pod = {
        cidr: formatCidr(podCidr),
        base: podCidr.base,
        prefix: podCidr.prefix,
        size: cidrSize(podCidr),
        cut,
        highlights: rangeHighlights(podCidr, services.map((cidr) => ({ cidr, kind: 'service-overlap' as const }))),
      };
    }
    let service: ServiceSpace | null = null;
    if (serviceCidr) {
      // kubeadm GetAPIServerVirtualIP / GetDNSIP read the first serviceSubnet entry (plan.ts).
      const primary = firstService === serviceCidr;
      const mark = (offset: bigint, address: string | null): MarkedAddress | null => (primary && address !== null ? { offset, value: serviceCidr.base + offset, address } : null);
      service = {
        cidr: formatCidr(serviceCidr),
        base: serviceCidr.base,
        prefix: serviceCidr.prefix,
        size: cidrSize(serviceCidr),
        kubernetesIp: mark(1n, resolved.serviceIps.kubernetes),
        dnsIp: mark(10n, resolved.serviceIps.dns),
        primary,
        highlights: rangeHighlights(serviceCidr, podCidr ? [{ cidr: podCidr, kind: 'pod-overlap' }] : []),
      };
    }
    const nodes = resolved.nodes.flatMap((entry) =>
      entry.ips
        .filter((ip) => ip.family === family)
        .map((ip): NodeAddress => {
          const highlights: Highlight[] = [];
          const inRange = (cidr: Cidr | undefined, kind: 'in-pod-range' | 'in-service-range') => {
            if (cidr && containsIp(cidr, ip)) highlights.push({ kind, rule: clusterNodeIpInClusterRange.id, severity: severityOf(clusterNodeIpInClusterRange.id), range: formatCidr(cidr) });
          };
          inRange(podCidr, 'in-pod-range');
          inRange(serviceCidr, 'in-service-range');
          const doc = DOCUMENTATION.find((d) => containsIp(d, ip));
          if (doc) highlights.push({ kind: 'documentation', rule: clusterDocumentationPrefix.id, severity: severityOf(clusterDocumentationPrefix.id), range: formatCidr(doc) });
          return { node: entry.node.name, index: entry.index, value: ip.value, address: formatIp(ip), highlights };
        }),
    );
    return { family, pod, service, plannedNodes, allocates: resolved.allocateNodeCidrs, nodes };
  });
  return { families };
}
