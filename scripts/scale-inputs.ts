// Inputs of a chosen size for the parser benchmark (bench-parsers.ts) and the scale tests: each file is what a
// user would feed `check` (or the log explainer), grown the way real files grow.

/** One Node as `kubectl get nodes -o json` prints it, about 8 KB: labels, annotations, podCIDRs, addresses, nodeInfo, conditions, images. */
function node(i: number): Record<string, unknown> {
  const name = i < 3 ? `cp-${i + 1}` : `worker-${i + 1}`;
  const v4 = `192.168.${Math.floor(i / 250)}.${(i % 250) + 1}`;
  const v6 = `fd00:192:168::${(i + 1).toString(16)}`;
  const hex = (n: number): string => ((i * 2654435761 + n * 40503) >>> 0).toString(16).padStart(8, '0');
  const digest = (n: number): string => Array.from({ length: 8 }, (_, k) => hex(n * 8 + k)).join('');
  const time = '2025-11-20T14:03:52Z';
  const image = (repo: string, tag: string, n: number) => ({ names: [`${repo}@sha256:${digest(n)}`, `${repo}:${tag}`], sizeBytes: 10_000_000 + n * 1_234_567 });
  const images = [
    image('ghcr.io/flannel-io/flannel', 'v0.28.9', 1),
    image('ghcr.io/flannel-io/flannel-cni-plugin', 'v1.7.1-flannel1', 2),
    image('registry.k8s.io/kube-proxy', 'v1.33.4', 3),
    image('registry.k8s.io/pause', '3.10', 4),
    image('registry.k8s.io/coredns/coredns', 'v1.12.0', 5),
    ...Array.from({ length: 3 }, (_, n) => image(`registry.example.com/team-${n}/service-${n}`, `v2.${n}.${i % 10}`, 6 + n)),
  ];
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: {
        'flannel.alpha.coreos.com/backend-data': `{"VNI":1,"VtepMAC":"8e:4c:5b:${hex(1).slice(0, 2)}:${hex(1).slice(2, 4)}:${hex(1).slice(4, 6)}"}`,
        'flannel.alpha.coreos.com/backend-type': 'vxlan',
        'flannel.alpha.coreos.com/backend-v6-data': `{"VNI":1,"VtepMAC":"b2:7d:10:${hex(2).slice(0, 2)}:${hex(2).slice(2, 4)}:${hex(2).slice(4, 6)}"}`,
        'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
        'flannel.alpha.coreos.com/public-ip': v4,
        'flannel.alpha.coreos.com/public-ipv6': v6,
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
      creationTimestamp: '2025-03-02T08:41:20Z',
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/region': `region-${i % 3}`,
        'topology.kubernetes.io/zone': `zone-${i % 9}`,
        ...(i < 3 ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
      },
      name,
      resourceVersion: String(1_890_068 + i),
      uid: `${hex(3)}-${hex(4).slice(0, 4)}-4${hex(5).slice(0, 3)}-8${hex(6).slice(0, 3)}-${hex(7)}${hex(8).slice(0, 4)}`,
    },
    spec: {
      podCIDR: `10.${Math.floor(i / 256)}.${i % 256}.0/24`,
      podCIDRs: [`10.${Math.floor(i / 256)}.${i % 256}.0/24`, `fd00:10:244:${i.toString(16)}::/64`],
      ...(i < 3 ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] } : {}),
    },
    status: {
      addresses: [
        { address: v4, type: 'InternalIP' },
        { address: v6, type: 'InternalIP' },
        { address: name, type: 'Hostname' },
      ],
      allocatable: { cpu: '4', 'ephemeral-storage': '75888426586', 'hugepages-2Mi': '0', memory: '8030252Ki', pods: '110' },
      capacity: { cpu: '4', 'ephemeral-storage': '82345676Ki', 'hugepages-2Mi': '0', memory: '8132652Ki', pods: '110' },
      conditions: [
        { lastHeartbeatTime: time, lastTransitionTime: time, message: 'Flannel is running on this node', reason: 'FlannelIsUp', status: 'False', type: 'NetworkUnavailable' },
        { lastHeartbeatTime: time, lastTransitionTime: time, message: 'kubelet has sufficient memory available', reason: 'KubeletHasSufficientMemory', status: 'False', type: 'MemoryPressure' },
        { lastHeartbeatTime: time, lastTransitionTime: time, message: 'kubelet has no disk pressure', reason: 'KubeletHasNoDiskPressure', status: 'False', type: 'DiskPressure' },
        { lastHeartbeatTime: time, lastTransitionTime: time, message: 'kubelet has sufficient PID available', reason: 'KubeletHasSufficientPID', status: 'False', type: 'PIDPressure' },
        { lastHeartbeatTime: time, lastTransitionTime: time, message: 'kubelet is posting ready status', reason: 'KubeletReady', status: 'True', type: 'Ready' },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images,
      nodeInfo: {
        architecture: 'amd64',
        bootID: `${hex(9)}-${hex(10).slice(0, 4)}-${hex(11).slice(0, 4)}-${hex(12).slice(0, 4)}-${hex(13)}${hex(14).slice(0, 4)}`,
        containerRuntimeVersion: 'containerd://1.7.27',
        kernelVersion: '6.8.0-88-generic',
        kubeProxyVersion: 'v1.33.4',
        kubeletVersion: 'v1.33.4',
        machineID: `${hex(15)}${hex(16)}${hex(17)}${hex(18)}`,
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.3 LTS',
        systemUUID: `${hex(19)}-${hex(20).slice(0, 4)}-${hex(21).slice(0, 4)}-${hex(22).slice(0, 4)}-${hex(23)}${hex(24).slice(0, 4)}`,
      },
    },
  };
}

/** `kubectl get nodes -o json` of a cluster of `count` nodes (kubectl indents by 4 spaces). */
export function nodesListJson(count: number): string {
  const list = { apiVersion: 'v1', items: Array.from({ length: count }, (_, i) => node(i)), kind: 'List', metadata: { resourceVersion: '' } };
  return `${JSON.stringify(list, null, 4)}\n`;
}

/** A net-conf.json with `count` keys Flannel does not know, beside a valid dual-stack configuration. */
export function netConfWithUnknownKeys(count: number): string {
  const lines = ['{', '  "Network": "10.244.0.0/16",', '  "IPv6Network": "fd00:10:244::/56",', '  "EnableIPv6": true,'];
  for (let i = 0; i < count; i++) lines.push(`  "Unknown${i}": ${i},`);
  lines.push('  "Backend": { "Type": "vxlan" }', '}');
  return `${lines.join('\n')}\n`;
}

const indent = (text: string, by: string): string => text.trimEnd().split('\n').map((line) => by + line).join('\n');

/** kubeadm-config.yaml followed by `count` JoinConfiguration documents, one per worker, as `generate` writes them. */
export function kubeadmWithJoins(count: number): string {
  const joins = Array.from({ length: count }, (_, i) =>
    [
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: JoinConfiguration',
      'discovery:',
      '  bootstrapToken:',
      '    apiServerEndpoint: 192.168.10.11:6443',
      '    token: abcdef.0123456789abcdef',
      '    caCertHashes:',
      '      - sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'nodeRegistration:',
      `  name: worker-${i + 1}`,
      '  kubeletExtraArgs:',
      '    - name: node-ip',
      `      value: 192.168.${10 + Math.floor(i / 250)}.${(i % 250) + 1},fd00:192:168:10::${(i + 1).toString(16)}`,
    ].join('\n'),
  );
  return [KUBEADM_CONFIG.trimEnd(), ...joins].join('\n---\n') + '\n';
}

const KUBEADM_CONFIG = `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 192.168.10.11
  bindPort: 6443
nodeRegistration:
  name: cp-1
  kubeletExtraArgs:
    - name: node-ip
      value: 192.168.10.11,fd00:192:168:10::11
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.1
networking:
  podSubnet: 10.0.0.0/14,fd00:10:244::/48
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
  dnsDomain: cluster.local
controllerManager:
  extraArgs:
    - name: node-cidr-mask-size-ipv6
      value: "64"
`;

/** The kube-flannel-cfg ConfigMap, its net-conf.json a block scalar with `count` unknown keys. */
export function flannelConfigMap(count: number): string {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: kube-flannel-cfg',
    '  namespace: kube-flannel',
    'data:',
    '  net-conf.json: |',
    indent(netConfWithUnknownKeys(count), '    '),
    '',
  ].join('\n');
}

/** A kustomization patching kube-flannel-cfg's net-conf.json, which has `count` unknown keys. */
export function kustomizationWithPatch(count: number): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml',
    'patches:',
    '  - target:',
    '      kind: ConfigMap',
    '      name: kube-flannel-cfg',
    '    patch: |',
    '      - op: replace',
    '        path: /data/net-conf.json',
    '        value: |',
    indent(netConfWithUnknownKeys(count), '          '),
    '',
  ].join('\n');
}

/** Values for Flannel's Helm chart with `count` tolerations and pod annotations beside the chart's keys. */
export function helmValues(count: number): string {
  const lines = ['podCidr: 10.244.0.0/16', 'podCidrv6: fd00:10:244::/56', 'flannel:', '  image:', '    tag: v0.28.9', '  backend: vxlan', '  args:', '    - --ip-masq', '    - --kube-subnet-mgr', 'tolerations:'];
  for (let i = 0; i < count; i++) lines.push(`  - key: example.com/dedicated-${i}`, '    operator: Exists', '    effect: NoSchedule');
  lines.push('podAnnotations:');
  for (let i = 0; i < count; i++) lines.push(`  example.com/annotation-${i}: "value ${i}"`);
  return `${lines.join('\n')}\n`;
}

/** `count` kube-flannel log lines: a pod's start-up, then the #1629 crash (flannel-io/flannel#1629), over and over. */
export function flannelLog(count: number): string {
  const cycle = [
    'I0805 05:20:56.979766       1 main.go:207] CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 etcdPrefix:/coreos.com/network kubeSubnetMgr:true ipMasq:true}',
    'W0805 05:20:56.979851       1 client_config.go:617] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.',
    'I0805 05:20:57.081563       1 kube.go:120] Waiting 10m0s for node controller to sync',
    'I0805 05:20:58.081819       1 kube.go:127] Node controller sync successful',
    'I0805 05:20:58.082030       1 main.go:463] Found network config - Backend type: vxlan',
    'I0805 05:20:58.082155       1 vxlan.go:138] VXLAN config: VNI=1 Port=0 GBP=false Learning=false DirectRouting=false',
    'E0805 05:20:58.117342       1 main.go:330] Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "fd00::1234:5678:100:0/120" PodCIDR of the "k8s-node1" node.',
    'I0805 05:20:58.117451       1 main.go:443] Stopping shutdownHandler...',
  ];
  return `${Array.from({ length: count }, (_, i) => cycle[i % cycle.length]).join('\n')}\n`;
}
