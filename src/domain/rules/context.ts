// Everything the rules read, parsed once per run so 500 nodes stay cheap.
import { type CidrList, type Family, type IpAddress, type IpParse, otherFamily, parseCidrList, parseIp } from '../cidr';
import type { ClusterState } from '../cluster';
import {
  type Plan,
  type EffectiveNetConf,
  type PlanNode,
  DEFAULT_NODE_MASK,
  advertiseAddressSource,
  controllerManagerArgs,
  effectiveAdvertiseAddress,
  effectiveNetConf,
  nodeIpText,
  podSubnetText,
  serviceSubnetText,
  stackFamilies,
} from '../plan';
import {
  NEWEST_FLANNEL,
  NEWEST_KUBERNETES,
  type Semver,
  parseFlannelVersion,
  parseKubernetesVersion,
} from '../versions';
import { type FieldProblem, addressFieldProblem, cidrFieldProblem } from './fields';
import { fieldCandidates } from './fix-candidates';
import type { PlanFix, Scope } from './types';

// Moved to plan.ts (derived values, which the renderers read too); re-exported for the rules that import them here.
export { type EffectiveNetConf, controllerManagerArgs, effectiveNetConf } from '../plan';

/** podSubnet or serviceSubnet as kubeadm reads it (cidr.ts parseCidrList). */
export type { CidrList as SubnetList } from '../cidr';

export interface NodeIps {
  node: PlanNode;
  index: number;
  nodeIp: string;
  pieces: Array<{ text: string; parse: IpParse }>;
  ips: IpAddress[];
}

/** The Plan field a node address is read from: the verbatim node-ip of a file, else the family's field. */
export function nodeIpField(entry: NodeIps, family: Family): string {
  return entry.node.nodeIp !== undefined ? `nodes.${entry.index}.nodeIp` : `nodes.${entry.index}.${family}`;
}

/** An address of a node as the user wrote it. */
export function writtenAddress(entry: NodeIps, ip: IpAddress): string {
  return entry.pieces.find((p) => p.parse.ok && p.parse.ip.value === ip.value && p.parse.ip.family === ip.family)?.text.trim() ?? '';
}

/** A field's problem, with where it is: which list the field feeds, its family, its text, and the node it belongs to. */
/** A field's problem, where it is, and the candidate fixes for it (fix-candidates.ts fieldCandidates). */
export type FieldProblemAt = FieldProblem & { what: 'pod' | 'service' | 'node'; family: Family; value: string; node: PlanNode | null; fixes: PlanFix[] };

export interface RuleContext {
  plan: Plan;
  scopes: ReadonlySet<Scope>;
  kubernetesMinor: number;
  flannel: Semver;
  podSubnet: CidrList;
  serviceSubnet: CidrList;
  /** Effective controller-manager extra args, node masks included. */
  controllerManagerArgs: Record<string, string>;
  nodeMaskText: Record<Family, string>;
  /** null when the mask is not an integer. */
  nodeMask: Record<Family, number | null>;
  /** kubeadm skips ValidatePodSubnetNodeMask when allocate-node-cidrs is exactly "false". */
  allocateNodeCidrs: boolean;
  advertiseText: string;
  advertiseAutoDetect: boolean;
  advertise: IpParse | null;
  nodes: NodeIps[];
  netConf: EffectiveNetConf;
  stackFamilies: Family[];
  /**
   * Per-family fields (pod and Service CIDRs unless a file gave the list verbatim, node addresses unless a file gave
   * node-ip verbatim) holding something other than one value of their family, by Plan path. The rule that owns the
   * typo reports it at the field; rules that read the lists built from these fields stay silent on it.
   */
  fieldProblems: ReadonlyMap<string, FieldProblemAt>;
  /** The node field a derived advertise address comes from ("nodes.0.ipv4"), null when it is explicit or auto-detected. */
  advertiseSource: { field: string; index: number; family: Family } | null;
  /** The Node objects of a running cluster (scope "cluster"); no nodes without it. */
  cluster: ClusterState;
}

export interface ContextOptions {
  scopes?: Iterable<Scope>;
  /** Read from `kubectl get nodes`; the runtime rules of scope "cluster" check it. */
  cluster?: ClusterState;
}

export function buildContext(plan: Plan, options: ContextOptions = {}): RuleContext {
  const args = controllerManagerArgs(plan);
  const nodeMaskText = {
    ipv4: args['node-cidr-mask-size-ipv4'] ?? String(DEFAULT_NODE_MASK.ipv4),
    ipv6: args['node-cidr-mask-size-ipv6'] ?? String(DEFAULT_NODE_MASK.ipv6),
  };
  const maskNumber = (text: string): number | null => (/^[+-]?\d+$/.test(text) ? Number(text) : null);
  const advertiseText = effectiveAdvertiseAddress(plan);
  const advertiseAutoDetect = advertiseText === '' || advertiseText === '0.0.0.0' || advertiseText === '::';
  const families = stackFamilies(plan);
  const fieldProblems = new Map<string, FieldProblemAt>();
  for (const kind of ['podCidr', 'serviceCidr'] as const) {
    if (plan.overrides[kind === 'podCidr' ? 'podSubnet' : 'serviceSubnet'] !== undefined) continue;
    for (const family of families) {
      const value = plan[kind][family];
      const problem = cidrFieldProblem(value, family);
      const other = otherFamily(family);
      const fixes = problem ? fieldCandidates(`${kind}.${family}`, value, family, 'cidr', families.includes(other) ? { field: `${kind}.${other}`, value: plan[kind][other] } : null) : [];
      if (problem) fieldProblems.set(`${kind}.${family}`, { ...problem, what: kind === 'podCidr' ? 'pod' : 'service', family, value, node: null, fixes });
    }
  }
  plan.nodes.forEach((node, index) => {
    if (node.nodeIp !== undefined) return;
    for (const family of families) {
      const problem = addressFieldProblem(node[family], family);
      if (!problem) continue;
      const other = otherFamily(family);
      const fixes = fieldCandidates(`nodes.${index}.${family}`, node[family], family, 'address', families.includes(other) ? { field: `nodes.${index}.${other}`, value: node[other] } : null);
      fieldProblems.set(`nodes.${index}.${family}`, { ...problem, what: 'node', family, value: node[family], node, fixes });
    }
  });
  const source = advertiseAddressSource(plan);
  return {
    plan,
    scopes: new Set(options.scopes ?? ['kubeadm', 'flannel']),
    kubernetesMinor: (parseKubernetesVersion(plan.kubernetesVersion) ?? parseKubernetesVersion(NEWEST_KUBERNETES)!).minor,
    flannel: parseFlannelVersion(plan.flannelVersion) ?? parseFlannelVersion(NEWEST_FLANNEL)!,
    podSubnet: parseCidrList(podSubnetText(plan)),
    serviceSubnet: parseCidrList(serviceSubnetText(plan)),
    controllerManagerArgs: args,
    nodeMaskText,
    nodeMask: { ipv4: maskNumber(nodeMaskText.ipv4), ipv6: maskNumber(nodeMaskText.ipv6) },
    allocateNodeCidrs: args['allocate-node-cidrs'] !== 'false',
    advertiseText,
    advertiseAutoDetect,
    advertise: advertiseAutoDetect ? null : parseIp(advertiseText, 'lenient'),
    nodes: plan.nodes.map((node, index) => {
      const nodeIp = nodeIpText(plan, node);
      // kubelet ParseNodeIPArgument: split on ",", each piece trimmed.
      const pieces = nodeIp === '' ? [] : nodeIp.split(',').map((text) => ({ text, parse: parseIp(text.trim(), 'lenient') }));
      return { node, index, nodeIp, pieces, ips: pieces.flatMap((p) => (p.parse.ok ? [p.parse.ip] : [])) };
    }),
    netConf: effectiveNetConf(plan),
    stackFamilies: families,
    fieldProblems,
    advertiseSource: source ? { ...source, field: `nodes.${source.index}.${source.family}` } : null,
    cluster: options.cluster ?? { nodes: [] },
  };
}
