// Plan → kubeadm-config.yaml (InitConfiguration + ClusterConfiguration [+ KubeProxyConfiguration]) and join-<node>.yaml.
import { type Family, FAMILIES, bitsOf, canonicalCidrList, familyLabel, parseIp } from '../cidr';
import {
  type Plan,
  type PlanNode,
  initNode,
  joinEndpoint,
  powerText,
  nodeIpText,
  primaryServiceFamily,
  stackFamilies,
  writtenBindPort,
} from '../plan';
import { type ResolvedPlan, resolvePlan } from '../resolve';
import { FLANNEL_IPV6_FIRST_CRASH, NEWEST_KUBERNETES, V1BETA4, compareSemver, kubernetesVersionTag, parseFlannelVersion, parseKubernetesVersion, preferredKubeadmApi } from '../versions';
import { generatedHeader } from './header';
import type { RenderWords } from './words';
import { renderWordsEn } from './words.en';
import { type JoinSecrets, MASKED_SECRETS, revealSecrets } from './secrets';
import type { RenderedFile } from './types';
import { type Comment, renderYaml } from './yaml-writer';

export type { RenderedFile } from './types';

const canonicalIps = (text: string): string =>
  text
    .split(',')
    .map((piece) => {
      const parsed = parseIp(piece.trim(), 'lenient');
      return parsed.ok ? parsed.canonical : piece;
    })
    .join(',');

/** v1beta4 wants [{name, value}], v1beta3 a map (kubeadm types.go). */
function extraArgs(apiVersion: string, args: Record<string, string>): unknown {
  const entries = Object.entries(args);
  return apiVersion === V1BETA4 ? entries.map(([name, value]) => ({ name, value })) : Object.fromEntries(entries);
}

export function kubeadmApiVersion(plan: Plan): string {
  const minor = (parseKubernetesVersion(plan.kubernetesVersion) ?? parseKubernetesVersion(NEWEST_KUBERNETES)!).minor;
  return preferredKubeadmApi(minor);
}

function podSubnetComment(resolved: ResolvedPlan, words: RenderWords): Comment | null {
  const { plan } = resolved;
  const families = resolved.podSubnet.cidrs.map((cidr) => cidr.family);
  if (families.length !== 2) return null;
  const [first, second] = families as [Family, Family];
  const flannel = parseFlannelVersion(plan.flannelVersion);
  // After the last release that crashes on IPv6 first (the range of the rule rules/flannel/ipv6-first-podsubnet).
  const fixed = flannel ? compareSemver(flannel, parseFlannelVersion(FLANNEL_IPV6_FIRST_CRASH.to)!) > 0 : true;
  const services = resolved.primaryServiceFamily;
  let text = words.podOrder(familyLabel(first));
  if (first === 'ipv6') {
    text += fixed ? words.podOrderIpv6FirstFixed : words.podOrderIpv6FirstBroken(plan.flannelVersion, familyLabel(second));
  } else if (services === 'ipv6') {
    text += words.podOrderIpv4KeptFirst;
  } else {
    text += words.podOrderIpv4First;
  }
  return { text, topic: 'pod-subnet-order' };
}

function serviceSubnetComment(resolved: ResolvedPlan, words: RenderWords): Comment | null {
  const families = resolved.serviceSubnet.cidrs.map((cidr) => cidr.family);
  if (families.length === 0) return null;
  const first = families[0]!;
  const ips = words.serviceIps(resolved.serviceIps.kubernetes ?? '?', resolved.serviceIps.dns ?? '?');
  const text = families.length === 2 ? words.serviceOrder(familyLabel(first), ips) : words.serviceRange(ips);
  return { text, topic: 'service-subnet-order' };
}

function masksComment(resolved: ResolvedPlan, words: RenderWords): Comment | null {
  const parts = FAMILIES.flatMap((family) => resolved.capacity[family] ?? []).map((c) =>
    words.maskPart(familyLabel(c.family), c.nodeMask, c.podPrefix, powerText(c.nodeMask - c.podPrefix), powerText(bitsOf(c.family) - c.nodeMask, 2)),
  );
  return parts.length ? { text: words.masks(parts), topic: 'node-masks' } : null;
}

function nodeIpComment(plan: Plan, node: PlanNode, words: RenderWords): Comment | null {
  const text = nodeIpText(plan, node);
  const first = parseIp(text.split(',')[0]?.trim() ?? '', 'lenient');
  if (!text.includes(',') || !first.ok) return null;
  return {
    text: words.nodeIpOrder(familyLabel(first.ip.family)),
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

/**
 * secrets: the bootstrap token and certificate key shared with the join files. The file is always written with
 * MASKED_SECRETS (what the preview shows) and revealSecrets puts the secrets in, so the page, which reveals at
 * download, and the CLI write the same bytes.
 */
export function renderKubeadmConfig(plan: Plan, secrets?: JoinSecrets, words: RenderWords = renderWordsEn): RenderedFile {
  const file = renderKubeadmConfigMasked(plan, MASKED_SECRETS, words);
  return secrets ? revealSecrets(file, secrets) : file;
}

/** localAPIEndpoint; bindPort only as writtenBindPort allows, never a 0 that kubeadm would silently make 6443. */
function apiEndpoint(advertiseAddress: string, plan: Plan): Record<string, unknown> {
  const port = writtenBindPort(plan);
  return port === undefined ? { advertiseAddress } : { advertiseAddress, bindPort: port };
}

function renderKubeadmConfigMasked(plan: Plan, secrets: JoinSecrets, words: RenderWords): RenderedFile {
  const resolved = resolvePlan(plan);
  const apiVersion = kubeadmApiVersion(plan);
  const node = initNode(plan) ?? { name: 'control-plane', role: 'control-plane' as const, ipv4: '', ipv6: '' };
  const advertise = resolved.advertiseText;
  const joining = joiningNodes(plan);
  const init: Record<string, unknown> = { apiVersion, kind: 'InitConfiguration' };
  const initComments: Record<string, Comment> = {};
  // Only when nodes join: kubeadm init makes a token of its own anyway, and the key serves only --upload-certs.
  if (joining.length) {
    init.bootstrapTokens = [{ token: secrets.token }];
    initComments.bootstrapTokens = { text: words.bootstrapTokens, topic: 'join-token' };
  }
  if (advertise !== '') init.localAPIEndpoint = apiEndpoint(canonicalIps(advertise), plan);
  init.nodeRegistration = nodeRegistration(plan, apiVersion, node);
  if (joining.some((n) => n.role === 'control-plane')) {
    init.certificateKey = secrets.certificateKey;
    initComments.certificateKey = { text: words.initCertificateKey, topic: 'certificate-key' };
  }
  const serviceFamily = resolved.primaryServiceFamily;
  if (advertise !== '' && serviceFamily) {
    initComments['localAPIEndpoint.advertiseAddress'] = {
      text: words.advertiseFamily(familyLabel(serviceFamily)),
      topic: 'advertise-family',
    };
  }
  const ipComment = nodeIpComment(plan, node, words);
  const kubeletNames = Object.keys(kubeletArgs(plan, node));
  if (ipComment) initComments[argPath(apiVersion, 'nodeRegistration.kubeletExtraArgs', 'node-ip', kubeletNames)] = ipComment;

  const networking: Record<string, unknown> = {};
  const pod = canonicalCidrList(resolved.podSubnet);
  if (pod !== '') networking.podSubnet = pod;
  networking.serviceSubnet = canonicalCidrList(resolved.serviceSubnet);
  networking.dnsDomain = plan.dnsDomain;
  const cluster: Record<string, unknown> = { apiVersion, kind: 'ClusterConfiguration', kubernetesVersion: kubernetesVersionTag(plan.kubernetesVersion) };
  if (plan.controlPlaneEndpoint !== '') cluster.controlPlaneEndpoint = plan.controlPlaneEndpoint;
  cluster.networking = networking;
  const managerArgs = resolved.controllerManagerArgs;
  if (Object.keys(managerArgs).length) cluster.controllerManager = { extraArgs: extraArgs(apiVersion, managerArgs) };
  const clusterComments: Record<string, Comment> = {
    kubernetesVersion: { text: words.kubernetesVersion, topic: 'kubernetes-version' },
  };
  const podComment = podSubnetComment(resolved, words);
  const masks = masksComment(resolved, words);
  if (masks && cluster.controllerManager) clusterComments.controllerManager = masks;
  const podText = [podComment?.text, cluster.controllerManager ? undefined : masks?.text].filter(Boolean).join('\n');
  if (podText) clusterComments['networking.podSubnet'] = { text: podText, topic: podComment?.topic ?? 'node-masks' };
  const serviceComment = serviceSubnetComment(resolved, words);
  if (serviceComment) clusterComments['networking.serviceSubnet'] = serviceComment;

  const documents = [
    { value: init, comments: initComments },
    { value: cluster, comments: clusterComments },
  ];
  if (plan.overrides.kubeProxyClusterCidr !== undefined) {
    documents.push({
      value: { apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration', clusterCIDR: plan.overrides.kubeProxyClusterCidr },
      comments: { clusterCIDR: { text: words.kubeProxyClusterCidr, topic: 'kube-proxy-cluster-cidr' } },
    });
  }
  const { text, annotations } = renderYaml(documents, generatedHeader(plan.kubernetesVersion, plan.flannelVersion, words));
  return { name: 'kubeadm-config.yaml', content: text, mediaType: 'application/yaml', annotations };
}

/** The one value a join file leaves to fill in; NEXT-STEPS.md prints it and replaces this text. */
export const CA_HASH_PLACEHOLDER_TEXT = 'REPLACE-WITH-CA-CERT-HASH';
export const CA_HASH_PLACEHOLDER = `sha256:${CA_HASH_PLACEHOLDER_TEXT}`;

// The comments about the token, the key and the CA hash are in the words tables (words.en.ts, words.zh.ts).

/** A node's join file name on its own: the characters a file name takes everywhere, others as "_". */
export function joinFileName(node: PlanNode): string {
  return `join-${node.name.replace(/[^a-z0-9.-]/gi, '_') || 'node'}.yaml`;
}

/**
 * Every joining node's file name, unique even on a case-insensitive disk or in a zip unpacked there: two names that
 * map to one file (`&a` and `*a`, `Worker-1` and `worker-1`) get -2, -3 … in the plan's order. Each file's
 * nodeRegistration.name, and NEXT-STEPS.md beside the name, say which node it is for.
 */
export function joinFileNames(plan: Plan): Map<PlanNode, string> {
  const names = new Map<PlanNode, string>();
  const taken = new Set<string>();
  for (const node of joiningNodes(plan)) {
    const stem = joinFileName(node).slice(0, -'.yaml'.length);
    let name = `${stem}.yaml`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.yaml`;
    taken.add(name.toLowerCase());
    names.set(node, name);
  }
  return names;
}

/** The nodes that join: every node after the init node. */
export function joiningNodes(plan: Plan): PlanNode[] {
  const init = initNode(plan);
  return plan.nodes.filter((node) => node !== init);
}

/** The JoinConfiguration of one node after the init node. */
export function renderJoinConfig(plan: Plan, node: PlanNode, secrets?: JoinSecrets, words: RenderWords = renderWordsEn, name = joinFileNames(plan).get(node) ?? joinFileName(node)): RenderedFile {
  const file = renderJoinConfigMasked(plan, node, MASKED_SECRETS, words, name);
  return secrets ? revealSecrets(file, secrets) : file;
}

/** name: the node's file name (joinFileNames), passed in by a caller that renders many, so each is not a pass over all nodes. */
function renderJoinConfigMasked(plan: Plan, node: PlanNode, secrets: JoinSecrets, words: RenderWords, name: string): RenderedFile {
  const apiVersion = kubeadmApiVersion(plan);
  const serviceFamily = primaryServiceFamily(plan) ?? stackFamilies(plan)[0]!;
  const join: Record<string, unknown> = {
    apiVersion,
    kind: 'JoinConfiguration',
    discovery: {
      bootstrapToken: {
        apiServerEndpoint: node.joinEndpoint ?? joinEndpoint(plan),
        token: secrets.token,
        caCertHashes: [CA_HASH_PLACEHOLDER],
      },
    },
    nodeRegistration: nodeRegistration(plan, apiVersion, node),
  };
  const comments: Record<string, Comment> = {
    'discovery.bootstrapToken.apiServerEndpoint': {
      text: words.joinEndpoint,
      topic: 'join-endpoint',
    },
    'discovery.bootstrapToken.token': { text: words.joinToken, topic: 'join-token' },
    'discovery.bootstrapToken.caCertHashes': { text: words.caCertHashes, topic: 'join-ca-hash' },
  };
  const ipComment = nodeIpComment(plan, node, words);
  if (ipComment) comments[argPath(apiVersion, 'nodeRegistration.kubeletExtraArgs', 'node-ip', Object.keys(kubeletArgs(plan, node)))] = ipComment;
  if (node.role === 'control-plane') {
    const address = node[serviceFamily];
    join.controlPlane = {
      ...(address ? { localAPIEndpoint: apiEndpoint(canonicalIps(address), plan) } : {}),
      certificateKey: secrets.certificateKey,
    };
    comments['controlPlane.certificateKey'] = { text: words.joinCertificateKey, topic: 'certificate-key' };
    if (address) comments['controlPlane.localAPIEndpoint.advertiseAddress'] = { text: words.joinAdvertiseFamily(familyLabel(serviceFamily)), topic: 'advertise-family' };
  }
  const { text, annotations } = renderYaml([{ value: join, comments }], generatedHeader(plan.kubernetesVersion, plan.flannelVersion, words));
  return { name, content: text, mediaType: 'application/yaml' as const, annotations };
}
