// The plan resolved: its text read once, as kubeadm, kube-controller-manager, kubelet and Flannel will read it. The
// rules (through their RuleContext), the renderers, the address-space picture, `check` and the page's capacity text
// all read this model, so none of them splits a list or counts node blocks again. Cheap enough to build per keystroke:
// every CIDR and address parse is cached (cidr.ts).
import { type Cidr, type CidrList, type Family, type IpAddress, type IpParse, FAMILIES, bitsOf, cidrSize, containsCidr, overlaps, parseCidrList, parseIp } from './cidr';
import {
  type EffectiveNetConf,
  type Plan,
  type PlanNode,
  DEFAULT_NODE_MASK,
  advertiseAddressSource,
  controllerManagerArgs,
  effectiveAdvertiseAddress,
  effectiveNetConf,
  firstServiceCidr,
  nodeIpText,
  podSubnetText,
  serviceIps,
  serviceSubnetText,
  stackFamilies,
} from './plan';
import { NEWEST_FLANNEL, NEWEST_KUBERNETES, type Semver, parseFlannelVersion, parseKubernetesVersion } from './versions';

export interface NodeIps {
  node: PlanNode;
  index: number;
  nodeIp: string;
  pieces: Array<{ text: string; parse: IpParse }>;
  ips: IpAddress[];
}

/** One family's node blocks as kube-controller-manager cuts its podSubnet entry and hands the blocks out. */
export interface FamilyCapacity {
  family: Family;
  /** The podSubnet entry as written. */
  podCidr: string;
  pod: Cidr;
  podPrefix: number;
  nodeMask: number;
  /** 2^(nodeMask − pod prefix): how many node blocks the pod CIDR holds. */
  nodeBlocks: bigint;
  /** Blocks the allocator can hand out: it pre-occupies the blocks a Service CIDR overlaps. */
  usableBlocks: bigint;
  /** 2^(bits − nodeMask) − 2: pod addresses in one node block, less the network and gateway/broadcast addresses. */
  podIpsPerNode: bigint;
}

export interface ResolvedPlan {
  plan: Plan;
  kubernetesMinor: number;
  flannel: Semver;
  /** podSubnet as kubeadm reads it: its entries in order (the overrides' text, else the per-family fields). */
  podSubnet: CidrList;
  serviceSubnet: CidrList;
  /** The family of the first serviceSubnet entry, when it parses. */
  primaryServiceFamily: Family | null;
  /** The kubernetes Service IP and the cluster DNS IP: index 1 and 10 of the first serviceSubnet entry. */
  serviceIps: { kubernetes: string | null; dns: string | null };
  /** Effective controller-manager extra args, node masks included. */
  controllerManagerArgs: Record<string, string>;
  nodeMaskText: Record<Family, string>;
  /** null when the mask is not an integer. */
  nodeMask: Record<Family, number | null>;
  /** kubeadm skips ValidatePodSubnetNodeMask when allocate-node-cidrs is exactly "false". */
  allocateNodeCidrs: boolean;
  /** Node blocks per family of podSubnet (nodeCapacity); absent where the mask does not cut the family's entry. */
  capacity: Partial<Record<Family, FamilyCapacity>>;
  advertiseText: string;
  advertiseAutoDetect: boolean;
  advertise: IpParse | null;
  /** The node field a derived advertise address comes from ("nodes.0.ipv4"), null when it is explicit or auto-detected. */
  advertiseSource: { field: string; index: number; family: Family } | null;
  /** Each node's kubelet --node-ip, parsed when first read. */
  readonly nodes: NodeIps[];
  netConf: EffectiveNetConf;
  stackFamilies: Family[];
}

/**
 * The one capacity formula: how kube-controller-manager's node IPAM cuts the family's first podSubnet entry into
 * blocks of the node mask, less the blocks a Service CIDR overlaps (it marks them used before any node registers).
 * null when there is no such entry, or the mask does not cut it: not an integer, shorter than the prefix, longer than
 * the address, or more than 64 bits of blocks.
 */
export function nodeCapacity(podSubnet: CidrList, serviceSubnet: CidrList, nodeMask: number | null, family: Family): FamilyCapacity | null {
  const piece = podSubnet.pieces.find((p) => p.parse.ok && p.parse.cidr.family === family);
  if (!piece?.parse.ok || nodeMask === null) return null;
  const pod = piece.parse.cidr;
  const bits = bitsOf(family);
  if (nodeMask < pod.prefix || nodeMask > bits || nodeMask - pod.prefix > 64) return null;
  const total = 1n << BigInt(nodeMask - pod.prefix);
  let lost = 0n;
  for (const service of serviceSubnet.cidrs) {
    if (!overlaps(service, pod)) continue;
    if (service.prefix >= nodeMask) lost += 1n; // the service range sits inside one block
    else if (containsCidr(pod, service)) lost += cidrSize(service) / (1n << BigInt(bits - nodeMask));
    else lost = total; // the service range covers the whole pod CIDR
  }
  const podIps = 1n << BigInt(bits - nodeMask);
  return {
    family,
    podCidr: piece.text,
    pod,
    podPrefix: pod.prefix,
    nodeMask,
    nodeBlocks: total,
    usableBlocks: total > lost ? total - lost : 0n,
    podIpsPerNode: podIps > 2n ? podIps - 2n : 0n,
  };
}

/** The plan read once. */
export function resolvePlan(plan: Plan): ResolvedPlan {
  const args = controllerManagerArgs(plan);
  const nodeMaskText = {
    ipv4: args['node-cidr-mask-size-ipv4'] ?? String(DEFAULT_NODE_MASK.ipv4),
    ipv6: args['node-cidr-mask-size-ipv6'] ?? String(DEFAULT_NODE_MASK.ipv6),
  };
  // kube-controller-manager and kubeadm read the flag with strconv (an optional sign, decimal digits).
  const maskNumber = (text: string): number | null => (/^[+-]?\d+$/.test(text) ? Number(text) : null);
  const nodeMask = { ipv4: maskNumber(nodeMaskText.ipv4), ipv6: maskNumber(nodeMaskText.ipv6) };
  const podSubnet = parseCidrList(podSubnetText(plan));
  const serviceSubnet = parseCidrList(serviceSubnetText(plan));
  const capacity: Partial<Record<Family, FamilyCapacity>> = {};
  for (const family of FAMILIES) {
    const entry = nodeCapacity(podSubnet, serviceSubnet, nodeMask[family], family);
    if (entry) capacity[family] = entry;
  }
  const advertiseText = effectiveAdvertiseAddress(plan);
  const advertiseAutoDetect = advertiseText === '' || advertiseText === '0.0.0.0' || advertiseText === '::';
  const source = advertiseAddressSource(plan);
  let nodes: NodeIps[] | undefined;
  return {
    plan,
    kubernetesMinor: (parseKubernetesVersion(plan.kubernetesVersion) ?? parseKubernetesVersion(NEWEST_KUBERNETES)!).minor,
    flannel: parseFlannelVersion(plan.flannelVersion) ?? parseFlannelVersion(NEWEST_FLANNEL)!,
    podSubnet,
    serviceSubnet,
    primaryServiceFamily: firstServiceCidr(serviceSubnet)?.family ?? null,
    serviceIps: serviceIps(serviceSubnet),
    controllerManagerArgs: args,
    nodeMaskText,
    nodeMask,
    allocateNodeCidrs: args['allocate-node-cidrs'] !== 'false',
    capacity,
    advertiseText,
    advertiseAutoDetect,
    advertise: advertiseAutoDetect ? null : parseIp(advertiseText, 'lenient'),
    advertiseSource: source ? { ...source, field: `nodes.${source.index}.${source.family}` } : null,
    // Read on first use: the renderers and the capacity text never need them, and 5,000 nodes take ~0.1 s to parse.
    get nodes() {
      return (nodes ??= plan.nodes.map((node, index) => {
        const nodeIp = nodeIpText(plan, node);
        // kubelet ParseNodeIPArgument: split on ",", each piece trimmed.
        const pieces = nodeIp === '' ? [] : nodeIp.split(',').map((text) => ({ text, parse: parseIp(text.trim(), 'lenient') }));
        return { node, index, nodeIp, pieces, ips: pieces.flatMap((p) => (p.parse.ok ? [p.parse.ip] : [])) };
      }));
    },
    netConf: effectiveNetConf(plan),
    stackFamilies: stackFamilies(plan),
  };
}

/** How many nodes each family's pod CIDR can give a podCIDR (`check`'s line); the FamilyCapacity fields it prints. */
export interface FamilyNodeCapacity {
  family: Family;
  podCidr: string;
  nodeMask: number;
  /** 2^(nodeMask − prefix). */
  nodeBlocks: bigint;
  /** Blocks the allocator can hand out: less those overlapping a Service CIDR. */
  usableBlocks: bigint;
}

/** The capacity in podSubnet order; empty when the controller manager allocates none or kubeadm refuses podSubnet. */
export function planNodeCapacity(resolved: ResolvedPlan): FamilyNodeCapacity[] {
  if (!resolved.allocateNodeCidrs || !resolved.podSubnet.valid) return [];
  return resolved.podSubnet.cidrs.flatMap((pod) => {
    const c = resolved.capacity[pod.family];
    return c ? [{ family: c.family, podCidr: c.podCidr, nodeMask: c.nodeMask, nodeBlocks: c.nodeBlocks, usableBlocks: c.usableBlocks }] : [];
  });
}
