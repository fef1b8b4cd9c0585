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
