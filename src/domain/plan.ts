// The Plan: one typed model of a cluster's network plan, with its defaults and derived values.
import { type Cidr, type CidrList, type CidrParse, type Family, nthAddress, otherFamily, parseCidr, parseCidrList } from './cidr';
import { NEWEST_FLANNEL, NEWEST_KUBERNETES } from './versions';

export type Stack = 'ipv4' | 'ipv6' | 'dual';
export type NodeRole = 'control-plane' | 'worker';
export type PerFamily<T> = { ipv4: T; ipv6: T };

export interface PlanNode {
  name: string;
  role: NodeRole;
  ipv4: string;
  ipv6: string;
  /** kubelet --node-ip exactly as found in a file; unset means "derived from ipv4/ipv6 in primary order". */
  nodeIp?: string;
  /** JoinConfiguration apiServerEndpoint exactly as found in a file. */
  joinEndpoint?: string;
  /** Fields of the built-in example's row (or of one added after it) not yet edited: those values are not the user's. */
  example?: ExampleField[];
}

export type ExampleField = 'name' | 'ipv4' | 'ipv6';
export const EXAMPLE_FIELDS: readonly ExampleField[] = ['name', 'ipv4', 'ipv6'];

export interface FlannelBackend {
  /** As written; '' when the Backend object has no Type. Case-insensitive for Flannel. */
  type: string;
  vni?: number;
  port?: number;
  mtu?: number;
  directRouting?: boolean;
  gbp?: boolean;
  learning?: boolean;
  psk?: string;
  listenPort?: number;
  listenPortV6?: number;
  persistentKeepaliveInterval?: number;
  mode?: string;
  udpEncap?: boolean;
  /** vxlan on Windows (vxlan_windows.go): MacPrefix (default 0E-2A) and the HNS network Name. */
  macPrefix?: string;
  name?: string;
  /** ipsec ESPProposal (default aes128gcm16-sha256-prfsha256-ecp256). */
  espProposal?: string;
}

export interface FlannelPlan {
  /** null: no Backend key, which Flannel reads as udp. */
  backend: FlannelBackend | null;
  enableNFTables: boolean;
  /** flanneld --iface; '' lets Flannel pick the default-route interface. */
  iface: string;
  // net-conf.json values read from a file; unset means "derived from the pod CIDRs and stack".
  network?: string;
  ipv6Network?: string;
  enableIPv4?: boolean;
  enableIPv6?: boolean;
  subnetLen?: number;
  subnetMin?: string;
  subnetMax?: string;
  ipv6SubnetLen?: number;
  ipv6SubnetMin?: string;
  ipv6SubnetMax?: string;
}

export interface PlanOverrides {
  /** podSubnet order when it must differ from the primary family (the Flannel < v0.20.2 workaround). */
  podSubnetOrder?: Family[];
  serviceSubnetOrder?: Family[];
  /** podSubnet / serviceSubnet verbatim from a file, when the per-family fields cannot say it exactly. */
  podSubnet?: string;
  serviceSubnet?: string;
  /** controllerManager extraArgs other than the node masks (e.g. allocate-node-cidrs, node-cidr-mask-size). */
  controllerManagerArgs?: Record<string, string>;
  /** KubeProxyConfiguration clusterCIDR when set explicitly. */
  kubeProxyClusterCidr?: string;
  /** kubelet --cloud-provider. */
  cloudProvider?: string;
  /** apiVersion found in an existing kubeadm file. */
  kubeadmApiVersion?: string;
  /** The InitConfiguration sets no advertiseAddress, so kubeadm auto-detects one. */
  advertiseAddressAutoDetect?: boolean;
}

export interface Plan {
  /** "1.33", or a patch release "1.33.1" (kept as typed or imported; the files write v1.33.1, a minor alone v1.33.0). */
  kubernetesVersion: string;
  flannelVersion: string;
  stack: Stack;
  /** The family listed first: default Service family, node.spec.podCIDR, the node's primary IP. */
  primaryFamily: Family;
  podCidr: PerFamily<string>;
  serviceCidr: PerFamily<string>;
  /** kube-controller-manager --node-cidr-mask-size-ipv4/-ipv6, as text. */
  nodeMask: PerFamily<string>;
  dnsDomain: string;
  controlPlaneEndpoint: string;
  /** '' follows the first control-plane node's address in the primary Service family. */
  advertiseAddress: string;
  bindPort: number;
  nodes: PlanNode[];
  flannel: FlannelPlan;
  overrides: PlanOverrides;
}

// kube-controller-manager defaults for --node-cidr-mask-size-ipv4/-ipv6 (kubeadm getClusterNodeMask uses the same).
export const DEFAULT_NODE_MASK: PerFamily<number> = { ipv4: 24, ipv6: 64 };
// kubelet's default maxPods.
export const DEFAULT_MAX_PODS = 110;
export const DEFAULT_BIND_PORT = 6443;
export const DEFAULT_DNS_DOMAIN = 'cluster.local';

/** The node a fresh page starts with, so the files show every setting; marked, so it is never taken for the user's. */
const EXAMPLE_NODE: Readonly<PlanNode> = { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' };

/**
 * The node values still holding the example's, in the families the stack uses (an unused family's field is in no
 * file): the files are not the user's until these are replaced.
 */
export interface ExampleValue {
  index: number;
  field: ExampleField;
  value: string;
}
export function exampleValues(plan: Pick<Plan, 'nodes' | 'stack' | 'primaryFamily'>): ExampleValue[] {
  // Name first, then the addresses in the stack's order, as kubelet's node-ip lists them.
  const fields: ExampleField[] = ['name', ...stackFamilies(plan)];
  return plan.nodes.flatMap((node, index) => fields.filter((field) => node.example?.includes(field)).map((field) => ({ index, field, value: node[field] })));
}

export function defaultPlan(): Plan {
  return {
    kubernetesVersion: NEWEST_KUBERNETES,
    flannelVersion: NEWEST_FLANNEL,
    stack: 'dual',
    primaryFamily: 'ipv4',
    podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' },
    serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' },
    nodeMask: { ipv4: '24', ipv6: '64' },
    dnsDomain: DEFAULT_DNS_DOMAIN,
    controlPlaneEndpoint: '',
    advertiseAddress: '',
    bindPort: DEFAULT_BIND_PORT,
    nodes: [{ ...EXAMPLE_NODE, example: [...EXAMPLE_FIELDS] }],
    flannel: { backend: { type: 'vxlan' }, enableNFTables: false, iface: '' },
    overrides: {},
  };
}

/** The families the stack uses, primary first. */
export function stackFamilies(plan: Pick<Plan, 'stack' | 'primaryFamily'>): Family[] {
  if (plan.stack === 'ipv4') return ['ipv4'];
  if (plan.stack === 'ipv6') return ['ipv6'];
  return [plan.primaryFamily, otherFamily(plan.primaryFamily)];
}

function orderedList(values: PerFamily<string>, order: Family[]): string[] {
  return order.map((family) => values[family]).filter((value) => value !== '');
}

export function podSubnetOrder(plan: Plan): Family[] {
  const families = stackFamilies(plan);
  const override = plan.overrides.podSubnetOrder;
  return override && override.length === families.length && families.every((f) => override.includes(f)) ? override : families;
}

export function serviceSubnetOrder(plan: Plan): Family[] {
  const families = stackFamilies(plan);
  const override = plan.overrides.serviceSubnetOrder;
  return override && override.length === families.length && families.every((f) => override.includes(f)) ? override : families;
}

/** ClusterConfiguration networking.podSubnet as kubeadm will read it. */
export function podSubnetText(plan: Plan): string {
  return plan.overrides.podSubnet ?? orderedList(plan.podCidr, podSubnetOrder(plan)).join(',');
}

export function serviceSubnetText(plan: Plan): string {
  return plan.overrides.serviceSubnet ?? orderedList(plan.serviceCidr, serviceSubnetOrder(plan)).join(',');
}

/** kubelet --node-ip for a node: primary family first. */
export function nodeIpText(plan: Plan, node: PlanNode): string {
  if (node.nodeIp !== undefined) return node.nodeIp;
  return stackFamilies(plan)
    .map((family) => node[family])
    .filter((ip) => ip !== '')
    .join(',');
}

/** The first control-plane node runs kubeadm init. */
export function initNode(plan: Plan): PlanNode | undefined {
  return plan.nodes.find((node) => node.role === 'control-plane') ?? plan.nodes[0];
}

/** The first serviceSubnet entry, when it parses: kubeadm reads the primary Service family and the Service IPs from it. */
export function firstServiceCidr(serviceSubnet: CidrList): Cidr | null {
  const first = serviceSubnet.pieces[0]?.parse;
  return first?.ok ? first.cidr : null;
}

/** Family of the first serviceSubnet entry, when it parses. */
export function primaryServiceFamily(plan: Plan): Family | null {
  return firstServiceCidr(parseCidrList(serviceSubnetText(plan)))?.family ?? null;
}

/** The node field a derived advertise address is read from: the init node's address in the primary Service family. */
export function advertiseAddressSource(plan: Plan): { index: number; family: Family } | null {
  if (plan.advertiseAddress !== '' || plan.overrides.advertiseAddressAutoDetect) return null;
  const node = initNode(plan);
  return node ? { index: plan.nodes.indexOf(node), family: primaryServiceFamily(plan) ?? stackFamilies(plan)[0]! } : null;
}

/** The advertise address to write: explicit, else the init node's address in the primary Service family. */
export function effectiveAdvertiseAddress(plan: Plan): string {
  if (plan.advertiseAddress !== '') return plan.advertiseAddress;
  const source = advertiseAddressSource(plan);
  return source ? plan.nodes[source.index]![source.family] : '';
}

/** kubeadm constants.go GetAPIServerVirtualIP and GetDNSIP: index 1 and index 10 of the first service CIDR. */
export function serviceIps(serviceSubnet: CidrList): { kubernetes: string | null; dns: string | null } {
  const cidr = firstServiceCidr(serviceSubnet);
  return { kubernetes: cidr ? nthAddress(cidr, 1) : null, dns: cidr ? nthAddress(cidr, 10) : null };
}

export const kubernetesServiceIp = (plan: Plan): string | null => serviceIps(parseCidrList(serviceSubnetText(plan))).kubernetes;

export const clusterDnsIp = (plan: Plan): string | null => serviceIps(parseCidrList(serviceSubnetText(plan))).dns;

export interface EffectiveNetConf {
  enableIPv4: boolean;
  enableIPv6: boolean;
  network: string;
  ipv6Network: string;
  networkParse: CidrParse | null;
  ipv6NetworkParse: CidrParse | null;
  /** Lower-cased as Flannel's backend manager does; 'udp' when Backend is missing. */
  backendType: string;
  backendMissing: boolean;
}

/** The net-conf Flannel will read: the file's values where it had them, else what the plan's stack implies. */
export function effectiveNetConf(plan: Plan): EffectiveNetConf {
  const { flannel } = plan;
  const families = stackFamilies(plan);
  const enableIPv4 = flannel.enableIPv4 ?? families.includes('ipv4');
  const enableIPv6 = flannel.enableIPv6 ?? families.includes('ipv6');
  const network = flannel.network ?? (enableIPv4 ? plan.podCidr.ipv4 : '');
  const ipv6Network = flannel.ipv6Network ?? (enableIPv6 ? plan.podCidr.ipv6 : '');
  return {
    enableIPv4,
    enableIPv6,
    network,
    ipv6Network,
    networkParse: network === '' ? null : parseCidr(network, 'lenient'),
    ipv6NetworkParse: ipv6Network === '' ? null : parseCidr(ipv6Network, 'lenient'),
    backendType: flannel.backend === null ? 'udp' : flannel.backend.type.toLowerCase(),
    backendMissing: flannel.backend === null,
  };
}

/** Effective kube-controller-manager extra args: the file's, plus a node-mask flag per stack family off its default. */
export function controllerManagerArgs(plan: Plan): Record<string, string> {
  const args: Record<string, string> = { ...(plan.overrides.controllerManagerArgs ?? {}) };
  // Only the stack's families: a mask flag of the other family makes kube-controller-manager exit.
  for (const family of stackFamilies(plan)) {
    const text = plan.nodeMask[family].trim();
    if (text !== '' && text !== String(DEFAULT_NODE_MASK[family])) args[`node-cidr-mask-size-${family}`] = text;
  }
  return args;
}


/** kubeadm validation.go ValidatePort (util/endpoint.go ParsePort): an integer from 1 to 65535. */
// Here rather than in host-port.ts, which is bundled with the rules: the first screen needs it for the join files.
export const isPortNumber = (port: number): boolean => Number.isInteger(port) && port >= 1 && port <= 65535;

/** "host:port" with IPv6 bracketed, as net.SplitHostPort wants it; without a port, the host alone (IPv6 bracketed). */
export function joinHostPort(host: string, port: number | null): string {
  const bracketed = host.includes(':') ? `[${host}]` : host;
  return port === null ? bracketed : `${bracketed}:${port}`;
}

/**
 * The API server port the join files carry: bindPort when kubeadm's ValidatePort takes it (1–65535), else none. A
 * join file's apiServerEndpoint is only split into host and port (validation.go ValidateDiscoveryTokenAPIServer), so
 * a port of 0 or an empty field would reach `kubeadm join`; without a port it refuses the file ("missing port in address").
 */
export const joinPort = (plan: Plan): number | null => (isPortNumber(plan.bindPort) ? plan.bindPort : null);

/**
 * localAPIEndpoint.bindPort as written: left out for 0 or an empty field (NaN), which kubeadm would turn into 6443
 * (v1beta4 defaults.go SetDefaults_APIEndpoint) unseen; any other number as typed, so ValidatePort refuses it.
 */
export const writtenBindPort = (plan: Plan): number | undefined => (plan.bindPort === 0 || !Number.isFinite(plan.bindPort) ? undefined : plan.bindPort);

/** JoinConfiguration apiServerEndpoint: the control-plane endpoint, else the init node's advertise address. */
export function joinEndpoint(plan: Plan): string {
  const endpoint = plan.controlPlaneEndpoint.trim();
  if (endpoint !== '') {
    if (/^\[.*\]:\d+$/.test(endpoint) || (!endpoint.includes('[') && /^[^:]+:\d+$/.test(endpoint))) return endpoint;
    return joinHostPort(endpoint.replace(/^\[(.*)\]$/, '$1'), joinPort(plan));
  }
  return joinHostPort(effectiveAdvertiseAddress(plan), joinPort(plan));
}

/** 2^bits − minus, written out while it stays readable. */
export function powerText(bits: number, minus = 0): string {
  return bits <= 20 ? String(2 ** bits - minus) : `2^${bits}${minus ? `-${minus}` : ''}`;
}
