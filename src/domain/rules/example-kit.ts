// What the rule examples (rules/<component>/<name>/example.ts) are made of: their types, the base plan, file builders.
import { type Plan, type PlanNode, defaultPlan } from '../plan';

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
export const BASE_VERSIONS = { kubernetesVersion: '1.33', flannelVersion: '0.28.9' };

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

export const KUBEADM = ['kubeadm-config.yaml'] as const;

export const NET_CONF = ['net-conf.json'] as const;

export const BOTH = ['kubeadm-config.yaml', 'net-conf.json'] as const;

export const plan = (files: readonly ExampleFileName[], failing: ExamplePatch, fixed: ExamplePatch = {}): PlanExample => ({
  kind: 'plan',
  failing: examplePlan(failing),
  fixed: examplePlan(fixed),
  files,
});

export const CP: PlanNode = { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' };

export const W1: PlanNode = { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' };

export const CP6: PlanNode = { name: 'cp-1', role: 'control-plane', ipv4: '', ipv6: 'fd00:192:168:10::11' };

export const IPV6_ONLY: ExamplePatch = { stack: 'ipv6', primaryFamily: 'ipv6', nodes: [CP6] };

export const IPV4_ONLY: ExamplePatch = { stack: 'ipv4', nodes: [{ ...CP, ipv6: '' }] };

// An IPsec pre-shared key of the 96 characters Flannel requires (ipsec.go); an example value, never a real one.
export const EXAMPLE_PSK = 'example0'.repeat(12);

export const NET_CONF_TEXT = `{
  "Network": "10.244.0.0/16",
  "EnableIPv6": true,
  "IPv6Network": "fd00:10:244::/56",
  "Backend": {
    "Type": "vxlan"
  }
}
`;

export const netConf = (text: string): ExampleFile[] => [{ path: 'net-conf.json', text }];

export const CLUSTER_CONFIGURATION = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.0
networking:
  podSubnet: 10.244.0.0/16,fd00:10:244::/56
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
`;

export const KUBEADM_V1BETA4 = (controllerManager: string): string => `${CLUSTER_CONFIGURATION}controllerManager:\n${controllerManager}`;

export const MANIFEST = (image: string, netConfText: string): string => `apiVersion: v1
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
export const KUBEADM_CONFIG_MAP = (podSubnet: string): ExampleFile => ({
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
export const NODE = (name: string, podCidrs: string[], options: { controlPlane?: boolean; publicIpv6?: string } = {}): string => {
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
export const NODES = (nodes: string[]): ExampleFile => ({ path: 'nodes.yaml', text: `apiVersion: v1\nkind: List\nitems:\n${nodes.join('')}` });
