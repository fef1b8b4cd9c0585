// Plan → kubeadm-config.yaml (InitConfiguration + ClusterConfiguration [+ KubeProxyConfiguration]) and join-<node>.yaml.
import { type Family, familyLabel, parseCidr, parseIp } from '../cidr';
import {
  type Plan,
  type PlanNode,
  clusterDnsIp,
  controllerManagerArgs,
  effectiveAdvertiseAddress,
  initNode,
  joinEndpoint,
  kubernetesServiceIp,
  nodeCapacity,
  powerText,
  nodeIpText,
  podSubnetText,
  primaryServiceFamily,
  serviceSubnetText,
  stackFamilies,
} from '../plan';
import { NEWEST_KUBERNETES, V1BETA4, compareSemver, parseFlannelVersion, parseKubernetesVersion, preferredKubeadmApi } from '../versions';
import { generatedHeader } from './header';
import { type Annotation, type Comment, renderYaml } from './yaml-writer';

export interface RenderedFile {
  name: string;
  content: string;
  mediaType: 'application/yaml' | 'application/json' | 'text/markdown';
  annotations: Annotation[];
}

/** Canonical form of each piece that parses; anything else stays as written so its error stays visible. */
export function canonicalList(text: string): string {
  if (text === '') return '';
  return text
    .split(',')
    .map((piece) => {
      const parsed = parseCidr(piece, 'lenient');
      return parsed.ok ? parsed.canonical : piece;
    })
    .join(',');
}

const canonicalIps = (text: string): string =>
  text
    .split(',')
    .map((piece) => {
      const parsed = parseIp(piece.trim(), 'lenient');
      return parsed.ok ? parsed.canonical : piece;
    })
    .join(',');

function listFamilies(text: string): Family[] {
  return text.split(',').flatMap((piece) => {
    const parsed = parseCidr(piece, 'lenient');
    return parsed.ok ? [parsed.cidr.family] : [];
  });
}

/** v1beta4 wants [{name, value}], v1beta3 a map (kubeadm types.go). */
function extraArgs(apiVersion: string, args: Record<string, string>): unknown {
  const entries = Object.entries(args);
  return apiVersion === V1BETA4 ? entries.map(([name, value]) => ({ name, value })) : Object.fromEntries(entries);
}

function kubernetesVersionText(plan: Plan): string {
  const parsed = parseKubernetesVersion(plan.kubernetesVersion);
  return parsed ? `v${parsed.text}.0` : plan.kubernetesVersion;
}

export function kubeadmApiVersion(plan: Plan): string {
  const minor = (parseKubernetesVersion(plan.kubernetesVersion) ?? parseKubernetesVersion(NEWEST_KUBERNETES)!).minor;
  return preferredKubeadmApi(minor);
}

function podSubnetComment(plan: Plan): Comment | null {
  const families = listFamilies(podSubnetText(plan));
  if (families.length !== 2) return null;
  const [first, second] = families as [Family, Family];
  const flannel = parseFlannelVersion(plan.flannelVersion);
  const fixed = flannel ? compareSemver(flannel, parseFlannelVersion('0.20.2')!) >= 0 : true;
  const services = primaryServiceFamily(plan);
  let text = `${familyLabel(first)} listed first: kube-controller-manager gives each node one block per entry, in this order, and node.spec.podCIDR is the ${familyLabel(first)} block.`;
  if (first === 'ipv6') {
    text += fixed
      ? ` Flannel v0.20.2 and later pick the blocks by family, so this works; older versions crash with "Address is not an IPv4 address".`
      : ` Flannel v${plan.flannelVersion} reads node.spec.podCIDR as IPv4 and crashes with "Address is not an IPv4 address": upgrade to v0.20.2 or later, or list ${familyLabel(second)} first.`;
  } else if (services === 'ipv6') {
    text += ' IPv4 stays first here while Services prefer IPv6: this keeps Flannel before v0.20.2 working (it reads node.spec.podCIDR as IPv4).';
  } else {
    text += ' Listing IPv6 first would crash Flannel before v0.20.2 with "Address is not an IPv4 address".';
  }
  return { text, topic: 'pod-subnet-order' };
}

function serviceSubnetComment(plan: Plan): Comment | null {
  const families = listFamilies(serviceSubnetText(plan));
  if (families.length === 0) return null;
  const first = families[0]!;
  const ips = `kubernetes Service ${kubernetesServiceIp(plan) ?? '?'}, cluster DNS ${clusterDnsIp(plan) ?? '?'}`;
  const text =
    families.length === 2
      ? `${familyLabel(first)} listed first: the default family of new Services, and the family of the ${ips} (1st and 10th addresses). advertiseAddress must be ${familyLabel(first)} too, or kube-apiserver refuses to start.`
      : `The ${ips} (1st and 10th addresses) come from this range.`;
  return { text, topic: 'service-subnet-order' };
}

function masksComment(plan: Plan): Comment | null {
  const parts = nodeCapacity(plan).map(
    (c) =>
      `${familyLabel(c.family)} /${c.nodeMask}: 2^(${c.nodeMask}-${c.podPrefix}) = ${powerText(c.nodeMask - c.podPrefix)} nodes, ${powerText((c.family === 'ipv4' ? 32 : 128) - c.nodeMask, 2)} pod IPs each`,
  );
  return parts.length ? { text: `Each node gets one block per family. ${parts.join('; ')}.`, topic: 'node-masks' } : null;
}

function nodeIpComment(plan: Plan, node: PlanNode): Comment | null {
  const text = nodeIpText(plan, node);
  const first = parseIp(text.split(',')[0]?.trim() ?? '', 'lenient');
  if (!text.includes(',') || !first.ok) return null;
  return {
    text: `${familyLabel(first.ip.family)} first: kubelet's primary InternalIP, and the family of hostNetwork pods' first IP. Both families must be listed for a dual-stack node.`,
    topic: 'node-ip-order',
  };
}

function kubeletArgs(plan: Plan, node: PlanNode): Record<string, string> {
  const args: Record<string, string> = {};
  const ips = nodeIpText(plan, node);
  if (ips !== '') args['node-ip'] = canonicalIps(ips);
  if (plan.overrides.cloudProvider) args['cloud-provider'] = plan.overrides.cloudProvider;
  return args;
}

function nodeRegistration(plan: Plan, apiVersion: string, node: PlanNode): Record<string, unknown> {
  const registration: Record<string, unknown> = { name: node.name };
  const args = kubeletArgs(plan, node);
  if (Object.keys(args).length) registration.kubeletExtraArgs = extraArgs(apiVersion, args);
  return registration;
}

const argPath = (apiVersion: string, base: string, name: string, names: string[]): string =>
  apiVersion === V1BETA4 ? `${base}.${names.indexOf(name)}` : `${base}.${name}`;

export function renderKubeadmConfig(plan: Plan): RenderedFile {
  const apiVersion = kubeadmApiVersion(plan);
  const node = initNode(plan) ?? { name: 'control-plane', role: 'control-plane' as const, ipv4: '', ipv6: '' };
  const advertise = effectiveAdvertiseAddress(plan);
  const init: Record<string, unknown> = { apiVersion, kind: 'InitConfiguration' };
  if (advertise !== '') init.localAPIEndpoint = { advertiseAddress: canonicalIps(advertise), bindPort: plan.bindPort };
  init.nodeRegistration = nodeRegistration(plan, apiVersion, node);
  const initComments: Record<string, Comment> = {};
  const serviceFamily = primaryServiceFamily(plan);
  if (advertise !== '' && serviceFamily) {
    initComments['localAPIEndpoint.advertiseAddress'] = {
      text: `${familyLabel(serviceFamily)}, like the first serviceSubnet entry: kube-apiserver requires it ("service IP family ... must match public address family"). Without it kubeadm detects an address and prefers IPv4.`,
      topic: 'advertise-family',
    };
  }
  const ipComment = nodeIpComment(plan, node);
  const kubeletNames = Object.keys(kubeletArgs(plan, node));
  if (ipComment) initComments[argPath(apiVersion, 'nodeRegistration.kubeletExtraArgs', 'node-ip', kubeletNames)] = ipComment;

  const networking: Record<string, unknown> = {};
  const pod = canonicalList(podSubnetText(plan));
  if (pod !== '') networking.podSubnet = pod;
  networking.serviceSubnet = canonicalList(serviceSubnetText(plan));
  networking.dnsDomain = plan.dnsDomain;
  const cluster: Record<string, unknown> = { apiVersion, kind: 'ClusterConfiguration', kubernetesVersion: kubernetesVersionText(plan) };
  if (plan.controlPlaneEndpoint !== '') cluster.controlPlaneEndpoint = plan.controlPlaneEndpoint;
  cluster.networking = networking;
  const managerArgs = controllerManagerArgs(plan);
  if (Object.keys(managerArgs).length) cluster.controllerManager = { extraArgs: extraArgs(apiVersion, managerArgs) };
  const clusterComments: Record<string, Comment> = {
    kubernetesVersion: { text: 'Set the exact patch release you install; kubeadm deploys this version of the control plane.', topic: 'kubernetes-version' },
  };
  const podComment = podSubnetComment(plan);
  const masks = masksComment(plan);
  if (masks && cluster.controllerManager) clusterComments.controllerManager = masks;
  const podText = [podComment?.text, cluster.controllerManager ? undefined : masks?.text].filter(Boolean).join('\n');
  if (podText) clusterComments['networking.podSubnet'] = { text: podText, topic: podComment?.topic ?? 'node-masks' };
  const serviceComment = serviceSubnetComment(plan);
  if (serviceComment) clusterComments['networking.serviceSubnet'] = serviceComment;

  const documents = [
    { value: init, comments: initComments },
    { value: cluster, comments: clusterComments },
  ];
  if (plan.overrides.kubeProxyClusterCidr !== undefined) {
    documents.push({
      value: { apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration', clusterCIDR: plan.overrides.kubeProxyClusterCidr },
      comments: { clusterCIDR: { text: 'kube-proxy treats traffic from outside this range as external. kubeadm fills in podSubnet when this is absent.', topic: 'kube-proxy-cluster-cidr' } },
    });
  }
  const { text, annotations } = renderYaml(documents, generatedHeader(plan.kubernetesVersion, plan.flannelVersion));
  return { name: 'kubeadm-config.yaml', content: text, mediaType: 'application/yaml', annotations };
}

export const TOKEN_PLACEHOLDER = 'REPLACE-WITH-TOKEN';
export const CA_HASH_PLACEHOLDER = 'sha256:REPLACE-WITH-CA-CERT-HASH';
export const CERT_KEY_PLACEHOLDER = 'REPLACE-WITH-CERTIFICATE-KEY';

export function joinFileName(node: PlanNode): string {
  return `join-${node.name.replace(/[^a-z0-9.-]/gi, '_') || 'node'}.yaml`;
}

/** The nodes that join: every node after the init node. */
export const joiningNodes = (plan: Plan): PlanNode[] => plan.nodes.filter((node) => node !== initNode(plan));

/** The JoinConfiguration of one node after the init node. */
export function renderJoinConfig(plan: Plan, node: PlanNode): RenderedFile {
  const apiVersion = kubeadmApiVersion(plan);
  const serviceFamily = primaryServiceFamily(plan) ?? stackFamilies(plan)[0]!;
  const join: Record<string, unknown> = {
    apiVersion,
    kind: 'JoinConfiguration',
    discovery: {
      bootstrapToken: {
        apiServerEndpoint: node.joinEndpoint ?? joinEndpoint(plan),
        token: TOKEN_PLACEHOLDER,
        caCertHashes: [CA_HASH_PLACEHOLDER],
      },
    },
    nodeRegistration: nodeRegistration(plan, apiVersion, node),
  };
  const comments: Record<string, Comment> = {
    'discovery.bootstrapToken.apiServerEndpoint': {
      text: 'host:port of the API server; an IPv6 address needs brackets, e.g. [fd00::1]:6443.',
      topic: 'join-endpoint',
    },
    'discovery.bootstrapToken.token': {
      text: 'Placeholders: run `kubeadm token create --print-join-command` on the first control-plane node and copy the token and the sha256 hash from its output.',
      topic: 'join-placeholders',
    },
  };
  const ipComment = nodeIpComment(plan, node);
  if (ipComment) comments[argPath(apiVersion, 'nodeRegistration.kubeletExtraArgs', 'node-ip', Object.keys(kubeletArgs(plan, node)))] = ipComment;
  if (node.role === 'control-plane') {
    const address = node[serviceFamily];
    join.controlPlane = {
      ...(address ? { localAPIEndpoint: { advertiseAddress: canonicalIps(address), bindPort: plan.bindPort } } : {}),
      certificateKey: CERT_KEY_PLACEHOLDER,
    };
    comments['controlPlane.certificateKey'] = {
      text: 'Placeholder: run `kubeadm init phase upload-certs --upload-certs` on the first control-plane node and copy the key it prints.',
      topic: 'join-placeholders',
    };
    if (address) comments['controlPlane.localAPIEndpoint.advertiseAddress'] = { text: `${familyLabel(serviceFamily)}, like the first serviceSubnet entry.`, topic: 'advertise-family' };
  }
  const { text, annotations } = renderYaml([{ value: join, comments }], generatedHeader(plan.kubernetesVersion, plan.flannelVersion));
  return { name: joinFileName(node), content: text, mediaType: 'application/yaml' as const, annotations };
}
