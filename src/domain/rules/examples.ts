// A minimal failing example and its fixed version for every rule, as data: the rule pages (rules/<id>/) show them as
// files and link to the wizard with the failing one loaded. tests/domain/rules/examples.test.ts checks that each
// failing example triggers its rule (exact id), through the rules and through the files shown, and the fixed one
// does not. Only the file parsers see raw YAML or JSON, so their rules get file text instead of a plan.
import { type Plan, type PlanNode, defaultPlan } from '../plan';
import { renderFile } from '../render/files';
import type { RenderWords } from '../render/words';

/** Plan fields to change from the examples' base plan; nested objects are replaced as a whole. */
export type ExamplePatch = Partial<Omit<Plan, 'flannel' | 'overrides'>> & { flannel?: Partial<Plan['flannel']>; overrides?: Plan['overrides'] };

/** A generated file the page shows; join files are named after their node. */
export type ExampleFileName = 'kubeadm-config.yaml' | 'net-conf.json' | 'kube-flannel-cfg.yaml' | 'flannel-values.yaml' | `join-${string}.yaml`;

export interface PlanExample {
  kind: 'plan';
  failing: Plan;
  fixed: Plan;
  /**
   * The generated files that show the problem: the page shows them, the test checks them as `check` would. Empty for
   * a rule about the wizard's own fields, which the files cannot show (an allow-list in the test).
   */
  files: readonly ExampleFileName[];
}

export interface ExampleFile {
  path: string;
  text: string;
}

export interface FileExample {
  kind: 'files';
  /** As `check --kubernetes-version/--flannel-version` would give them; absent: read from the files. */
  versions?: { kubernetes?: string; flannel?: string };
  failing: readonly ExampleFile[];
  /** null for a note about what the files say, with nothing to fix (see the allow-list in the test). */
  fixed: readonly ExampleFile[] | null;
}

export type RuleExample = PlanExample | FileExample;

// Versions pinned so a page does not change when a newer release is added to versions.ts.
const BASE_VERSIONS = { kubernetesVersion: '1.33', flannelVersion: '0.28.9' };

/** The examples' base plan (the wizard's default at pinned versions) with a patch applied. */
export function examplePlan(patch: ExamplePatch = {}): Plan {
  const base = { ...defaultPlan(), ...BASE_VERSIONS };
  return {
    ...base,
    ...patch,
    flannel: { ...base.flannel, ...(patch.flannel ?? {}) },
    overrides: { ...base.overrides, ...(patch.overrides ?? {}) },
  };
}

const KUBEADM = ['kubeadm-config.yaml'] as const;
const NET_CONF = ['net-conf.json'] as const;
const BOTH = ['kubeadm-config.yaml', 'net-conf.json'] as const;

const plan = (files: readonly ExampleFileName[], failing: ExamplePatch, fixed: ExamplePatch = {}): PlanExample => ({
  kind: 'plan',
  failing: examplePlan(failing),
  fixed: examplePlan(fixed),
  files,
});

const CP: PlanNode = { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' };
const W1: PlanNode = { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' };
const CP6: PlanNode = { name: 'cp-1', role: 'control-plane', ipv4: '', ipv6: 'fd00:192:168:10::11' };
const IPV6_ONLY: ExamplePatch = { stack: 'ipv6', primaryFamily: 'ipv6', nodes: [CP6] };
const IPV4_ONLY: ExamplePatch = { stack: 'ipv4', nodes: [{ ...CP, ipv6: '' }] };

// An IPsec pre-shared key of the 96 characters Flannel requires (ipsec.go); an example value, never a real one.
const EXAMPLE_PSK = 'example0'.repeat(12);

const NET_CONF_TEXT = `{
  "Network": "10.244.0.0/16",
  "EnableIPv6": true,
  "IPv6Network": "fd00:10:244::/56",
  "Backend": {
    "Type": "vxlan"
  }
}
`;

const netConf = (text: string): ExampleFile[] => [{ path: 'net-conf.json', text }];

const CLUSTER_CONFIGURATION = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.0
networking:
  podSubnet: 10.244.0.0/16,fd00:10:244::/56
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
`;

const KUBEADM_V1BETA4 = (controllerManager: string): string => `${CLUSTER_CONFIGURATION}controllerManager:\n${controllerManager}`;

const MANIFEST = (image: string, netConfText: string): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: kube-flannel-cfg
  namespace: kube-flannel
data:
  net-conf.json: |
${netConfText.trimEnd().split('\n').map((line) => `    ${line}`).join('\n')}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-flannel-ds
  namespace: kube-flannel
spec:
  template:
    spec:
      containers:
        - name: kube-flannel
          image: ${image}
          args: ["--ip-masq", "--kube-subnet-mgr"]
`;

/** `kubectl -n kube-system get cm kubeadm-config -o yaml`, abridged. */
const KUBEADM_CONFIG_MAP = (podSubnet: string): ExampleFile => ({
  path: 'kubeadm-config-cm.yaml',
  text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: kubeadm-config
  namespace: kube-system
data:
  ClusterConfiguration: |
${CLUSTER_CONFIGURATION.replace('10.244.0.0/16,fd00:10:244::/56', podSubnet).trimEnd().split('\n').map((line) => `    ${line}`).join('\n')}
`,
});

/** One Node of `kubectl get nodes -o yaml`, abridged: podCIDRs, InternalIPs, Flannel's annotations once flanneld took its lease. */
const NODE = (name: string, podCidrs: string[], options: { controlPlane?: boolean; publicIpv6?: string } = {}): string => {
  const n = name === 'cp-1' ? 11 : 21;
  return `- apiVersion: v1
  kind: Node
  metadata:
    name: ${name}
    annotations:
      flannel.alpha.coreos.com/backend-type: vxlan
      flannel.alpha.coreos.com/kube-subnet-manager: "true"
      flannel.alpha.coreos.com/public-ip: 192.168.10.${n}
${options.publicIpv6 ? `      flannel.alpha.coreos.com/public-ipv6: ${options.publicIpv6}\n` : ''}${options.controlPlane ? '    labels:\n      node-role.kubernetes.io/control-plane: ""\n' : ''}  spec:
    podCIDR: ${podCidrs[0]}
    podCIDRs:
${podCidrs.map((cidr) => `    - ${cidr}`).join('\n')}
  status:
    addresses:
    - address: 192.168.10.${n}
      type: InternalIP
    - address: fd00:192:168:10::${n}
      type: InternalIP
`;
};

/** `kubectl get nodes -o yaml`. */
const NODES = (nodes: string[]): ExampleFile => ({ path: 'nodes.yaml', text: `apiVersion: v1\nkind: List\nitems:\n${nodes.join('')}` });

export const RULE_EXAMPLES: Record<string, RuleExample> = {
  // kubeadm
  'kubeadm-subnet-syntax': plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/16', ipv6: ' fd00:10:244::/56' } }),
  'kubeadm-subnet-count': plan(KUBEADM, { overrides: { serviceSubnet: '10.96.0.0/12,10.97.0.0/16' } }),
  'kubeadm-service-subnet-too-small': plan(KUBEADM, { serviceCidr: { ipv4: '10.96.0.0/29', ipv6: 'fd00:10:96::/112' } }),
  'kubeadm-service-subnet-too-large': plan(KUBEADM, { serviceCidr: { ipv4: '10.96.0.0/11', ipv6: 'fd00:10:96::/112' } }, { serviceCidr: { ipv4: '10.96.0.0/12', ipv6: 'fd00:10:96::/112' } }),
  'kubeadm-pod-subnet-too-small': plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/29', ipv6: 'fd00:10:244::/56' } }),
  'kubeadm-node-mask-not-integer': plan(KUBEADM, { nodeMask: { ipv4: '/24', ipv6: '64' } }),
  'kubeadm-pod-subnet-smaller-than-node-mask': plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/25', ipv6: 'fd00:10:244::/56' } }),
  'kubeadm-node-mask-difference': plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/40' } }),
  'kubeadm-advertise-address-invalid': plan(KUBEADM, { advertiseAddress: '192.168.10.11/24' }, { advertiseAddress: '192.168.10.11' }),
  'kubeadm-advertise-address-unusable': plan(KUBEADM, { advertiseAddress: '169.254.10.11' }, { advertiseAddress: '192.168.10.11' }),
  'kubeadm-bind-port': plan(KUBEADM, { bindPort: 70000 }),
  'kubeadm-dns-domain': plan(KUBEADM, { dnsDomain: 'Cluster.Local' }),
  'kubeadm-control-plane-endpoint-invalid': plan(KUBEADM, { controlPlaneEndpoint: '[fd00:192:168:10::10]' }, { controlPlaneEndpoint: '[fd00:192:168:10::10]:6443' }),
  'kubeadm-control-plane-endpoint-ipv6-port': plan(KUBEADM, { controlPlaneEndpoint: 'fd00:192:168:10::10:6443' }, { controlPlaneEndpoint: '[fd00:192:168:10::10]:6443' }),
  'kubeadm-join-endpoint': plan(['join-w-1.yaml'], { nodes: [CP, { ...W1, joinEndpoint: 'fd00:192:168:10::11:6443' }] }, { nodes: [CP, { ...W1, joinEndpoint: '[fd00:192:168:10::11]:6443' }] }),
  'kubeadm-node-name': plan(KUBEADM, { nodes: [{ ...CP, name: 'CP_1' }] }),
  // The wizard always writes the apiVersion the release prefers: an older one comes only from a file.
  'kubeadm-api-version': {
    kind: 'files',
    versions: { kubernetes: '1.33' },
    failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('v1beta4', 'v1beta2') }],
    fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
  },
  'kubernetes-version-unknown': plan(KUBEADM, { kubernetesVersion: '1.22' }, { kubernetesVersion: '1.23' }),
  'kubeadm-preflight-ipv4-forward': plan(KUBEADM, { ...IPV6_ONLY, kubernetesVersion: '1.26' }, { ...IPV6_ONLY, kubernetesVersion: '1.27' }),
  'kubeadm-site-local-subnet': plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fec0:10:244::/56' } }),
  'kubeadm-pod-subnet-missing': plan(BOTH, { overrides: { podSubnet: '' } }),
  'kubeadm-extra-args-shape': {
    kind: 'files',
    failing: [{ path: 'kubeadm-config.yaml', text: KUBEADM_V1BETA4('  extraArgs:\n    node-cidr-mask-size-ipv4: "25"\n') }],
    fixed: [{ path: 'kubeadm-config.yaml', text: KUBEADM_V1BETA4('  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      value: "25"\n') }],
  },
  'kubeadm-yaml-invalid': {
    kind: 'files',
    failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('  serviceSubnet', ' serviceSubnet') }],
    fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
  },
  'kubeadm-field-type': {
    kind: 'files',
    failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('kubernetesVersion: v1.33.0', 'kubernetesVersion: 1.33') }],
    fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('kubernetesVersion: v1.33.0', 'kubernetesVersion: "1.33"') }],
  },

  // kube-apiserver
  'apiserver-advertise-family': plan(KUBEADM, { overrides: { serviceSubnetOrder: ['ipv6', 'ipv4'] }, advertiseAddress: '192.168.10.11' }, { overrides: { serviceSubnetOrder: ['ipv6', 'ipv4'] }, advertiseAddress: 'fd00:192:168:10::11' }),

  // kube-controller-manager
  'controller-manager-legacy-mask-dual-stack': plan(KUBEADM, { overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } }),
  'controller-manager-legacy-and-family-mask': plan(
    KUBEADM,
    { ...IPV4_ONLY, nodeMask: { ipv4: '25', ipv6: '64' }, overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } },
    { ...IPV4_ONLY, nodeMask: { ipv4: '25', ipv6: '64' } },
  ),
  'controller-manager-mask-wrong-family': plan(KUBEADM, { ...IPV4_ONLY, overrides: { controllerManagerArgs: { 'node-cidr-mask-size-ipv6': '64' } } }, IPV4_ONLY),
  'controller-manager-node-capacity': plan(
    ['kubeadm-config.yaml', 'join-w-1.yaml'],
    { nodes: [CP, W1], podCidr: { ipv4: '10.244.0.0/24', ipv6: 'fd00:10:244::/56' } },
    { nodes: [CP, W1], podCidr: { ipv4: '10.244.0.0/24', ipv6: 'fd00:10:244::/56' }, nodeMask: { ipv4: '25', ipv6: '64' } },
  ),
  'controller-manager-one-node-block': plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/64' } }),
  'controller-manager-pods-per-node': plan(KUBEADM, { nodeMask: { ipv4: '26', ipv6: '64' } }),

  // kubelet
  'kubelet-node-ip-count': plan(KUBEADM, { nodes: [{ ...CP, nodeIp: '192.168.10.11,192.168.10.12' }] }),
  'kubelet-node-ip-unspecified-pair': plan(KUBEADM, { nodes: [{ ...CP, nodeIp: '0.0.0.0,fd00:192:168:10::11' }] }),
  'kubelet-node-ip-unparsable': plan(KUBEADM, { nodes: [{ ...CP, nodeIp: '192.168.10.11,fd00:192:168:10::11/64' }] }),
  'kubelet-node-ip-cloud-dual-stack': plan(KUBEADM, { kubernetesVersion: '1.28', overrides: { cloudProvider: 'external' } }, { kubernetesVersion: '1.29', overrides: { cloudProvider: 'external' } }),
  'kubelet-node-ip-missing-family': plan(KUBEADM, { nodes: [{ ...CP, ipv6: '' }] }),
  'kubelet-node-ip-unusable': plan(KUBEADM, { nodes: [{ ...CP, ipv6: 'fe80::11' }] }),

  // kube-proxy
  'kube-proxy-cluster-cidr-invalid': plan(KUBEADM, { overrides: { kubeProxyClusterCidr: '10.244.0.0/16,10.245.0.0/16' } }),
  'kube-proxy-cluster-cidr-mismatch': plan(KUBEADM, { overrides: { kubeProxyClusterCidr: '10.244.0.0/16' } }),

  // Flannel
  'flannel-version-unknown': plan(NET_CONF, { flannelVersion: '0.14.0' }),
  'flannel-network-invalid': plan(NET_CONF, { flannel: { network: '10.244.0.0' } }),
  'flannel-network-not-ipv4': plan(NET_CONF, { flannel: { network: 'fd00:10:244::/56' } }),
  'flannel-no-stack': plan(NET_CONF, { flannel: { enableIPv4: false, enableIPv6: false } }),
  'flannel-ipv6-network-missing': plan(NET_CONF, { flannelVersion: '0.19.2', flannel: { ipv6Network: '' } }, { flannelVersion: '0.19.2' }),
  'flannel-network-missing': plan(NET_CONF, { flannel: { network: '' } }),
  'flannel-network-contains-pod-cidr': plan(BOTH, { flannel: { network: '10.245.0.0/16' } }),
  'flannel-ipv6-first-podsubnet': plan(BOTH, { flannelVersion: '0.20.1', primaryFamily: 'ipv6' }, { flannelVersion: '0.20.1', primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } }),
  'flannel-ipv6-only-unsupported': plan(BOTH, { ...IPV6_ONLY, flannelVersion: '0.16.3' }, { ...IPV6_ONLY, flannelVersion: '0.17.0' }),
  'flannel-ipv6-only-enable-ipv4': plan(BOTH, { ...IPV6_ONLY, flannel: { enableIPv4: true, network: '10.244.0.0/16' } }, IPV6_ONLY),
  'flannel-dual-stack-ipv4-only-netconf': plan(BOTH, { flannelVersion: '0.22.0', flannel: { enableIPv6: false, ipv6Network: '' } }, { flannelVersion: '0.22.0' }),
  'flannel-enable-ipv6-without-pod-cidr': plan(BOTH, { ...IPV4_ONLY, flannel: { enableIPv6: true, ipv6Network: 'fd00:10:244::/56' } }, IPV4_ONLY),
  'flannel-backend-missing': plan(NET_CONF, { flannel: { backend: null } }),
  'flannel-backend-unknown': plan(NET_CONF, { flannel: { backend: { type: 'aws-vpc' } } }),
  'flannel-backend-no-ipv6': plan(NET_CONF, { flannel: { backend: { type: 'ipip' } } }),
  'flannel-wireguard-mode': plan(NET_CONF, { flannel: { backend: { type: 'wireguard', mode: 'dual' } } }, { flannel: { backend: { type: 'wireguard', mode: 'separate' } } }),
  'flannel-ipsec-psk': plan(NET_CONF, { ...IPV4_ONLY, flannel: { backend: { type: 'ipsec', psk: 'secret' } } }, { ...IPV4_ONLY, flannel: { backend: { type: 'ipsec', psk: EXAMPLE_PSK } } }),
  'flannel-subnet-options-ignored': plan(NET_CONF, { flannel: { subnetLen: 25 } }),
  'flannel-subnet-options-invalid': plan(NET_CONF, { flannelVersion: '0.19.2', flannel: { subnetLen: 31 } }, { flannelVersion: '0.19.2', flannel: { subnetLen: 25 } }),
  // The wizard leaves EnableNFTables out for a release that lacks it: the key comes only from a file.
  'flannel-nftables-unsupported': {
    kind: 'files',
    versions: { flannel: '0.24.4' },
    failing: netConf(NET_CONF_TEXT.replace('"Backend"', '"EnableNFTables": true,\n  "Backend"')),
    fixed: netConf(NET_CONF_TEXT),
  },
  'flannel-mtu-unsupported': plan(NET_CONF, { flannelVersion: '0.21.2', flannel: { backend: { type: 'vxlan', mtu: 1400 } } }, { flannelVersion: '0.21.3', flannel: { backend: { type: 'vxlan', mtu: 1400 } } }),
  'flannel-iface-address-dual-stack': plan(['flannel-values.yaml'], { flannelVersion: '0.27.3', flannel: { iface: '192.168.10.11' } }, { flannelVersion: '0.27.4', flannel: { iface: '192.168.10.11' } }),
  'flannel-dual-stack-default-routes': plan(['flannel-values.yaml'], {}, { flannel: { iface: 'eth0' } }),
  'flannel-br-netfilter': plan(NET_CONF, {}, { flannel: { enableNFTables: true } }),
  'flannel-json-invalid': { kind: 'files', failing: netConf(NET_CONF_TEXT.replace('"vxlan"\n', '"vxlan",\n')), fixed: netConf(NET_CONF_TEXT) },
  'flannel-json-type': { kind: 'files', failing: netConf(NET_CONF_TEXT.replace('true', '"true"')), fixed: netConf(NET_CONF_TEXT) },
  'flannel-backend-not-object': { kind: 'files', failing: netConf(NET_CONF_TEXT.replace(/"Backend": \{\n {4}"Type": "vxlan"\n {2}\}/, '"Backend": "vxlan"')), fixed: netConf(NET_CONF_TEXT) },
  'flannel-unknown-key': { kind: 'files', failing: netConf(NET_CONF_TEXT.replace('"EnableIPv6"', '"EnableDualStack"')), fixed: netConf(NET_CONF_TEXT) },
  'flannel-networks-key': {
    kind: 'files',
    versions: { flannel: '0.22.0' },
    failing: netConf(NET_CONF_TEXT.replace('"Network": "10.244.0.0/16"', '"Networks": ["10.244.0.0/16", "10.245.0.0/16"]')),
    fixed: netConf(NET_CONF_TEXT),
  },
  'flannel-manifest-version': {
    kind: 'files',
    failing: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.26.7', NET_CONF_TEXT) }],
    fixed: null,
  },

  // cluster-wide addressing
  // About the wizard's per-family fields, before any file is written: the files hold other lists.
  'cluster-cidr-missing': plan([], { podCidr: { ipv4: '10.244.0.0/16', ipv6: '' } }),
  'cluster-field-family': plan([], { podCidr: { ipv4: 'fd00:10:244::/56', ipv6: 'fd00:10:244::/56' } }),
  'cluster-single-stack-services': plan(KUBEADM, { serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '' } }),
  'cluster-pod-service-overlap': plan(KUBEADM, { serviceCidr: { ipv4: '10.244.240.0/20', ipv6: 'fd00:10:96::/112' } }),
  'cluster-node-ip-in-cluster-range': plan(KUBEADM, { nodes: [{ ...CP, ipv4: '10.244.0.11' }] }),
  'cluster-reserved-range': plan(KUBEADM, { podCidr: { ipv4: '169.254.0.0/16', ipv6: 'fd00:10:244::/56' } }),
  'cluster-documentation-prefix': plan(KUBEADM, { nodes: [{ ...CP, ipv6: '2001:db8:10::11' }] }),
  // The wizard writes every CIDR canonical: a non-canonical one comes only from a file.
  'cluster-non-canonical-cidr': {
    kind: 'files',
    versions: { flannel: '0.28.9' },
    failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('podSubnet: 10.244.0.0/16', 'podSubnet: 10.244.0.1/16') }],
    fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
  },
  'cluster-primary-family-mismatch': plan(KUBEADM, { overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } }),
  'cluster-duplicate-node': plan(['kubeadm-config.yaml', 'join-w-1.yaml'], { nodes: [CP, { ...W1, ipv4: CP.ipv4 }] }, { nodes: [CP, W1] }),
  'cluster-ipv6-service-range-beyond-112': plan(KUBEADM, { serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/108' } }),
  'file-kind-unknown': {
    kind: 'files',
    failing: [{ path: 'cluster.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' }],
    fixed: [{ path: 'cluster.yaml', text: CLUSTER_CONFIGURATION }],
  },
  'flannel-yaml-invalid': {
    kind: 'files',
    failing: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT).replace('  name: kube-flannel-cfg\n', '  name: kube-flannel-cfg\n\tnamespace: kube-flannel\n') }],
    fixed: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) }],
    versions: { kubernetes: '1.33', flannel: '0.28.9' },
  },
  'kubernetes-version-assumed': {
    kind: 'files',
    versions: { flannel: '0.28.9' },
    failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('kubernetesVersion: v1.33.0\n', '') }],
    fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
  },
  'flannel-version-assumed': {
    kind: 'files',
    versions: { kubernetes: '1.33' },
    failing: netConf(NET_CONF_TEXT),
    fixed: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) }],
  },
  'flannel-key-not-carried': {
    kind: 'files',
    failing: netConf(NET_CONF_TEXT.replace('"Type": "vxlan"', '"Type": "extension",\n    "PreStartupCommand": "export VNI=1; export IF_NAME=flannel-vxlan"')),
    fixed: null,
  },
  'flannel-net-conf-differs': {
    kind: 'files',
    versions: { kubernetes: '1.33', flannel: '0.28.9' },
    failing: [
      { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT.replace('"EnableIPv6": true,\n  "IPv6Network": "fd00:10:244::/56",\n', '')) },
      { path: 'net-conf.json', text: NET_CONF_TEXT },
    ],
    fixed: [
      { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) },
      { path: 'net-conf.json', text: NET_CONF_TEXT },
    ],
  },

  // A running cluster's state: what `kubectl` prints (rules/cluster-state.ts).
  'cluster-node-pod-cidrs-mismatch': {
    kind: 'files',
    versions: { flannel: '0.28.9' },
    failing: [KUBEADM_CONFIG_MAP('fd00:10:244::/56,10.244.0.0/16'), NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true })])],
    fixed: [KUBEADM_CONFIG_MAP('10.244.0.0/16,fd00:10:244::/56'), NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true })])],
  },
  'cluster-node-pod-cidr-family-missing': {
    kind: 'files',
    versions: { flannel: '0.28.9' },
    failing: [KUBEADM_CONFIG_MAP('10.244.0.0/16,fd00:10:244::/56'), NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true }), NODE('w-1', ['10.244.1.0/24'])])],
    fixed: [KUBEADM_CONFIG_MAP('10.244.0.0/16,fd00:10:244::/56'), NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true }), NODE('w-1', ['10.244.1.0/24', 'fd00:10:244:1::/64'])])],
  },
  'flannel-node-public-ipv6-missing': {
    kind: 'files',
    versions: { kubernetes: '1.33' },
    failing: [
      { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) },
      NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true, publicIpv6: 'fd00:192:168:10::11' }), NODE('w-1', ['10.244.1.0/24', 'fd00:10:244:1::/64'])]),
    ],
    fixed: [
      { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) },
      NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true, publicIpv6: 'fd00:192:168:10::11' }), NODE('w-1', ['10.244.1.0/24', 'fd00:10:244:1::/64'], { publicIpv6: 'fd00:192:168:10::21' })]),
    ],
  },
  // Field limits (issue 17): the files carry the typed value, which kube-flannel refuses.
  'flannel-vxlan-vni': plan(NET_CONF, { flannel: { backend: { type: 'vxlan', vni: 99999999 } } }, { flannel: { backend: { type: 'vxlan', vni: 4096 } } }),
  'flannel-mtu-range': plan(NET_CONF, { flannel: { backend: { type: 'vxlan', mtu: 1300 } } }, { flannel: { backend: { type: 'vxlan', mtu: 1450 } } }),
  'flannel-iface-invalid': plan(['flannel-values.yaml'], { flannel: { iface: 'eth0 eth1' } }, { flannel: { iface: 'eth0' } }),
};

/** The generated files of a plan example, as the page shows them (comments in the given words, English by default). */
export function planExampleFiles(plan: Plan, names: readonly ExampleFileName[], words?: RenderWords): ExampleFile[] {
  return names.map((name) => {
    const file = renderFile(plan, name, undefined, words ? { words } : {});
    if (!file) throw new Error(`the example plan has no ${name}`);
    return { path: name, text: file.content };
  });
}
