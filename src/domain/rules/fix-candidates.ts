// Candidate one-click fixes built from the user's own values. The engine keeps only those that hold (fix-check.ts),
// so a candidate may be wrong for some plan: it is then not offered, and the next one is.
import { type Cidr, type Family, bitsOf, cidrOf, cidrSize, containsCidr, familyLabel, formatCidr, lastAddress, overlaps, parseCidr, parseIp } from '../cidr';
import { DEFAULT_MAX_PODS, DEFAULT_NODE_MASK } from '../plan';
import type { PlanFix, PlanPath } from './types';

const maskFlag = (family: Family): string => `node-cidr-mask-size-${family}`;

/**
 * A node mask someone would choose: IPv6 /64; IPv4 from /16 to /25. /25 is the longest that leaves a node kubelet's
 * default maxPods (2^(32−25) − 2 = 126 ≥ 110); a block wider than /16 only strands addresses on one node.
 */
function saneMask(family: Family, mask: number): boolean {
  if (family === 'ipv6') return mask === DEFAULT_NODE_MASK.ipv6;
  return mask >= 16 && 2 ** (32 - mask) - 2 >= DEFAULT_MAX_PODS;
}

export function setNodeMask(family: Family, mask: number): PlanFix {
  return { label: 'set-node-mask', params: { flag: maskFlag(family), mask }, set: [{ field: `nodeMask.${family}`, value: String(mask) }] };
}

/**
 * Sane node masks for a pod CIDR that must give `blocksNeeded` blocks, most natural first: the default (/24, /64),
 * then for IPv4 the shortest mask with enough blocks (the most pod IPs per node). kubeadm allows at most 16 bits
 * between the pod prefix and the mask (validation.go ValidatePodSubnetNodeMask); where no sane mask fits, the pod
 * CIDR's candidates (wider, narrower) are the fix, never /72 or /49 node blocks.
 */
export function nodeMaskCandidates(pod: Cidr, blocksNeeded: number): PlanFix[] {
  const fits = (mask: number) => mask >= pod.prefix && mask - pod.prefix <= 16 && saneMask(pod.family, mask) && 2 ** (mask - pod.prefix) >= blocksNeeded;
  const masks =
    pod.family === 'ipv6'
      ? [DEFAULT_NODE_MASK.ipv6]
      : [DEFAULT_NODE_MASK.ipv4, pod.prefix + Math.ceil(Math.log2(Math.max(blocksNeeded, 1)))];
  return [...new Set(masks)].filter(fits).map((mask) => setNodeMask(pod.family, mask));
}

/**
 * The pod CIDR widened at its own start until the node mask gives `blocksNeeded` blocks: 10.244.0.0/24 with /24 blocks
 * and 3 nodes → 10.244.0.0/22. IPv6 widens by at least 8 bits (a /64 pod range → /56), as IPv6 ranges are cheap.
 */
export function widerPodCandidate(pod: Cidr, mask: number, blocksNeeded: number, field: PlanPath): PlanFix[] {
  const bits = Math.ceil(Math.log2(Math.max(blocksNeeded, 2)));
  const prefix = mask - (pod.family === 'ipv6' ? Math.max(bits, 8) : bits);
  if (prefix < 1 || prefix >= pod.prefix || mask - prefix > 16) return [];
  const cidr = formatCidr(enclosing(pod, prefix));
  return [{ label: 'set-pod-cidr', params: { cidr }, set: [{ field, value: cidr }] }];
}

/**
 * The pod CIDR narrowed at its own start to 16 bits above a node mask that is itself sane (the default, or one
 * that leaves maxPods room): fd00::/33 with /64 blocks → fd00::/48, 10.0.0.0/7 with /24 → 10.0.0.0/8.
 */
export function narrowerPodCandidate(pod: Cidr, mask: number, field: PlanPath): PlanFix[] {
  const prefix = mask - 16;
  if (prefix <= pod.prefix || !saneMask(pod.family, mask)) return [];
  const cidr = formatCidr({ ...pod, prefix } as Cidr);
  return [{ label: 'set-pod-cidr', params: { cidr }, set: [{ field, value: cidr }] }];
}

/**
 * Service ranges carved next to the pod CIDR, outside it, at the size the user chose (made legal for kubeadm: at
 * most 20 host bits, validation.go ValidateServiceSubnetSize), nearest first: the block right after the pod range,
 * the one right before it, then one further on each side.
 */
export function serviceRangeCandidates(pod: Cidr, service: Cidr, field: PlanPath): PlanFix[] {
  const bits = bitsOf(pod.family);
  const prefix = Math.min(Math.max(service.prefix, bits - 20), bits - 4);
  const size = 1n << BigInt(bits - prefix);
  // Steps of the larger of the two ranges, so an IPv6 /112 starts where the next pod-sized block would
  // (fd00:10:244:100::/112 beside fd00:10:244::/56), not at the last /112 before the pod range's end.
  const step = size > cidrSize(pod) ? size : cidrSize(pod);
  const home = homeRange(pod);
  if (home === null) return [];
  const after = ((lastAddress(pod) + step) / step) * step;
  const before = (pod.base / step) * step - step;
  const inside = (base: bigint) => base >= home.base && base + size - 1n <= lastAddress(home);
  const starts = [after, before, after + step, before - step].filter(inside);
  // A pod range that fills its private block (10.0.0.0/8) leaves Services the start of the next private block.
  if (starts.length === 0 && pod.family === 'ipv4') for (const block of PRIVATE_IPV4) if (!overlaps(block, pod) && size <= cidrSize(block)) starts.push(block.base);
  return starts.slice(0, 4).map((base) => {
    const cidr = formatCidr({ family: pod.family, base, prefix } as Cidr);
    return { label: 'set-service-cidr', params: { cidr }, set: [{ field, value: cidr }] };
  });
}

// RFC 1918 and the shared address space of RFC 6598: where a private IPv4 pod range's neighbours stay private.
const PRIVATE_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(cidrOf);

/**
 * Where a Service range beside the pod range may go: the private IPv4 block holding it (else its /8), or for IPv6
 * the prefix 8 bits shorter, at most a /48 (a site's allocation): never public space next to a private range.
 * Null when there is none.
 */
function homeRange(pod: Cidr): Cidr | null {
  if (pod.family === 'ipv4') return PRIVATE_IPV4.find((block) => containsCidr(block, pod)) ?? enclosing(pod, Math.min(8, pod.prefix));
  // An IPv6 pod range wider than /16 (fd00::/8) has no neighbourhood of its own to carve from.
  return pod.prefix < 16 ? null : enclosing(pod, Math.min(pod.prefix - 8, 48));
}

function enclosing(cidr: Cidr, prefix: number): Cidr {
  const hostBits = BigInt(bitsOf(cidr.family) - prefix);
  return { ...cidr, base: (cidr.base >> hostBits) << hostBits, prefix } as Cidr;
}

/** Full-width digits and punctuation of a CJK input method to ASCII (NFKC), the ideographic full stop to ".". */
const folded = (text: string): string => text.normalize('NFKC').replace(/\u3002/g, '.');

function familyOf(piece: string, kind: 'cidr' | 'address'): Family | null {
  if (kind === 'address') {
    const ip = parseIp(piece, 'lenient');
    return ip.ok ? ip.ip.family : null;
  }
  const cidr = parseCidr(piece, 'lenient');
  return cidr.ok ? cidr.cidr.family : null;
}

/**
 * Fixes for a per-family field that does not hold one value of its family: the value trimmed and folded to ASCII,
 * without inner spaces, or a pasted "IPv4,IPv6" split into both family fields (when the other field is empty or
 * already holds that value). `other` is the other family's field and value, or null when the stack has one family.
 */
export function fieldCandidates(
  field: PlanPath,
  value: string,
  family: Family,
  kind: 'cidr' | 'address',
  other: { field: PlanPath; value: string } | null,
): PlanFix[] {
  const fixes: PlanFix[] = [];
  const use = (text: string) => {
    if (text !== value && text !== '' && !fixes.some((f) => f.set[0]!.value === text)) fixes.push({ label: 'use-value', params: { value: text }, set: [{ field, value: text }] });
  };
  const clean = folded(value).trim();
  use(clean);
  use(clean.replace(/\s+/g, ''));
  const pieces = clean.split(',').map((piece) => piece.trim()).filter((piece) => piece !== '');
  const mine = pieces.filter((piece) => familyOf(piece, kind) === family);
  const otherFamily: Family = family === 'ipv4' ? 'ipv6' : 'ipv4';
  const theirs = pieces.filter((piece) => familyOf(piece, kind) === otherFamily);
  if (mine.length === 1 && theirs.length <= 1 && mine.length + theirs.length === pieces.length) {
    const moved = theirs[0];
    if (moved !== undefined && other && (other.value === '' || other.value === moved)) {
      fixes.unshift({
        label: 'split-families',
        params: { [family]: mine[0]!, [otherFamily]: moved },
        set: [{ field, value: mine[0]! }, { field: other.field, value: moved }],
      });
    } else use(mine[0]!);
  } else if (mine.length === 0 && theirs.length === 1 && pieces.length === 1 && other && other.value === '') {
    // A value of the other family, alone: it belongs in the other field.
    fixes.push({ label: 'move-to-family', params: { value: theirs[0]!, family: familyLabel(otherFamily) }, set: [{ field, value: '' }, { field: other.field, value: theirs[0]! }] });
  }
  return fixes;
}
