// Reading a running cluster's state from kubectl's output: nodes (yaml and json), the kubeadm-config ConfigMap, the
// kube-flannel ConfigMap and DaemonSet, in any order and together with other files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, detectKind } from '../../../src/domain/parse/files';
import { readNodes } from '../../../src/domain/parse/cluster';
import { loadYaml } from '../../../src/domain/parse/yaml';
import { podSubnetText } from '../../../src/domain/plan';

const fixture = (name: string) => ({ path: name, text: readFileSync(`tests/fixtures/cluster/${name}`, 'utf8') });
const NODES_YAML = fixture('nodes-ipv6-first.yaml');
const DAEMONSET = fixture('kube-flannel-ds-v0.20.1.yaml');
const NODES_JSON = fixture('nodes-dual-migrated.json');
const KUBEADM_CM = fixture('kubeadm-config-cm.yaml');
const FLANNEL_CM = fixture('kube-flannel-cfg.json');
const summary = (files: Array<{ path: string; text: string }>) =>
  analyzeFiles(files).diagnostics.map((d) => [d.rule, d.severity, d.params, d.location ?? null]);
const permutations = <T,>(items: T[]): T[][] => (items.length <= 1 ? [items] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])));

describe('what kubectl prints is recognised by its content', () => {
  it('nodes (yaml and json), the kubeadm-config ConfigMap, the kube-flannel ConfigMap (json) and DaemonSet', () => {
    expect([NODES_YAML, NODES_JSON, KUBEADM_CM, FLANNEL_CM, DAEMONSET].map((f) => detectKind(f.text))).toEqual(['nodes', 'nodes', 'kubeadm-config-map', 'flannel-manifest', 'flannel-manifest']);
  });
  it('one Node, a NodeList; any other JSON is still a net-conf.json', () => {
    expect(detectKind('apiVersion: v1\nkind: Node\nmetadata:\n  name: w-1\n')).toBe('nodes');
    expect(detectKind('{"apiVersion": "v1", "kind": "NodeList", "items": [{"kind": "Node"}]}')).toBe('nodes');
    expect(detectKind('{"apiVersion": "v1", "kind": "List", "items": []}')).toBe('unknown');
    expect(detectKind('{"apiVersion": "v1", "kind": "Pod"}')).toBe('net-conf');
    expect(detectKind('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}')).toBe('net-conf');
    expect(detectKind('{"apiVersion": "v1", "kind": "Node"')).toBe('net-conf');
  });
  it('the Rancher mirror image of v0.20.1 names the version; the CNI plugin image does not', () => {
    const analysis = analyzeFiles([DAEMONSET]);
    expect(analysis.flannelVersion).toEqual({ value: '0.20.1', source: 'file', file: DAEMONSET.path });
    expect(DAEMONSET.text.split('\n')[48]).toBe('        image: docker.io/rancher/mirrored-flannelcni-flannel:v0.20.1');
    expect(detectKind('kind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n      - image: docker.io/rancher/mirrored-flannelcni-flannel-cni-plugin:v1.1.0\n')).toBe('unknown');
  });
});

describe('kube-flannel from kubectl -o json', () => {
  it('the DaemonSet gives the version at its image line', () => {
    const ds = JSON.stringify({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-flannel-ds', namespace: 'kube-flannel' }, spec: { template: { spec: { containers: [{ name: 'kube-flannel', image: 'ghcr.io/flannel-io/flannel:v0.26.7', args: ['--ip-masq', '--kube-subnet-mgr'] }] } } } }, null, 4);
    const analysis = analyzeFiles([{ path: 'ds.json', text: ds }]);
    expect(analysis.files).toEqual([{ path: 'ds.json', kind: 'flannel-manifest', kinds: ['flannel-manifest'] }]);
    expect(analysis.flannelVersion).toEqual({ value: '0.26.7', source: 'file', file: 'ds.json' });
    const line = ds.split('\n').findIndex((l) => l.includes('"image"')) + 1;
    expect(analysis.diagnostics.find((d) => d.rule === 'flannel-manifest-version')?.location).toEqual({ file: 'ds.json', line, path: 'DaemonSet.spec.template.spec.containers.image' });
  });
});

describe('kubectl get nodes', () => {
  it('reads name, role, podCIDR(s), InternalIPs in order and Flannel\'s annotations, through managedFields and long annotations', () => {
    const loaded = loadYaml(NODES_YAML.text);
    if (!loaded.ok) throw new Error(loaded.error);
    const [cp, worker] = readNodes(NODES_YAML.path, loaded).nodes;
    expect(cp!.node).toEqual({
      name: 'cp-1',
      controlPlane: true,
      podCidr: 'fd00:10:244::/64',
      podCidrs: ['fd00:10:244::/64', '10.244.0.0/24'],
      internalIps: ['fd00:192:168:10::11', '192.168.10.11'],
      flannel: {
        'backend-data': '{"VNI":1,"VtepMAC":"8e:4c:5b:1a:0f:23"}',
        'backend-type': 'vxlan',
        'backend-v6-data': '{"VNI":1,"VtepMAC":"b2:7d:10:c4:5e:91"}',
        'kube-subnet-manager': 'true',
        'public-ip': '192.168.10.11',
        'public-ipv6': 'fd00:192:168:10::11',
      },
    });
    expect(cp!.where.podCidrs).toEqual({ file: NODES_YAML.path, line: 79, path: 'items.0.spec.podCIDRs' });
    expect(cp!.where.flannel['public-ipv6']).toEqual({ file: NODES_YAML.path, line: 12, path: 'items.0.metadata.annotations.flannel.alpha.coreos.com/public-ipv6' });
    expect(worker!.node.controlPlane).toBe(false);
    expect(worker!.where.internalIps).toEqual({ file: NODES_YAML.path, line: 174, path: 'items.1.status.addresses' });
  });

  it('nodes become plan nodes (control planes first, the first InternalIP of each family); an old master label is a control plane', () => {
    const text = `apiVersion: v1
kind: NodeList
items:
- kind: Node
  metadata:
    name: w-1
  status:
    addresses:
    - {type: ExternalIP, address: 203.0.113.7}
    - {type: InternalIP, address: 192.168.10.21}
- kind: Node
  metadata:
    name: m-1
    labels:
      node-role.kubernetes.io/master: ""
  spec:
    podCIDR: 10.244.0.0/24
  status:
    addresses:
    - {type: InternalIP, address: 192.168.10.11}
    - {type: InternalIP, address: fd00::11}
`;
    const analysis = analyzeFiles([{ path: 'nodes.yaml', text }]);
    expect(analysis.plan.nodes).toEqual([
      { name: 'm-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' },
      { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: '' },
    ]);
    expect(analysis.cluster?.nodes.map((n) => [n.name, n.podCidr, n.podCidrs])).toEqual([['w-1', '', []], ['m-1', '10.244.0.0/24', []]]);
    expect(analysis.stated).toEqual(['nodes']);
    expect(analysis.scopes).toEqual(['cluster']);
  });

  it('values of the wrong type are never read, and nothing throws', () => {
    const text = 'kind: Node\nmetadata:\n  name: [x]\n  labels: 5\n  annotations:\n    flannel.alpha.coreos.com/public-ipv6: [1]\nspec:\n  podCIDRs: fd00::/64\nstatus:\n  addresses: {type: InternalIP}\n';
    const analysis = analyzeFiles([{ path: 'node.yaml', text }]);
    expect(analysis.cluster?.nodes).toEqual([{ name: '', controlPlane: false, podCidr: '', podCidrs: [], internalIps: [], flannel: {} }]);
    expect(analysis.plan.nodes).toEqual([]);
  });

  it('a node named in two files is read from the first by path', () => {
    const one = (name: string, cidr: string) => `kind: Node\nmetadata:\n  name: ${name}\nspec:\n  podCIDR: ${cidr}\n`;
    const analysis = analyzeFiles([{ path: 'b.yaml', text: one('w-1', '10.244.2.0/24') }, { path: 'a.yaml', text: one('w-1', '10.244.1.0/24') }]);
    expect(analysis.cluster?.nodes.map((n) => n.podCidr)).toEqual(['10.244.1.0/24']);
  });
});

describe('the kubeadm-config ConfigMap', () => {
  it('reads its ClusterConfiguration as kubeadm does, at the lines of the outer file', () => {
    const analysis = analyzeFiles([KUBEADM_CM]);
    expect(analysis.files).toEqual([{ path: KUBEADM_CM.path, kind: 'kubeadm-config-map', kinds: ['kubeadm-config-map'] }]);
    expect(podSubnetText(analysis.plan)).toBe('10.244.0.0/16,fd00:10:244::/56');
    expect(analysis.kubernetesVersion).toEqual({ value: '1.33.4', source: 'file', file: KUBEADM_CM.path });
    expect(analysis.plan.overrides.kubeadmApiVersion).toBe('kubeadm.k8s.io/v1beta4');
  });

  it('a diagnostic inside the string points at its line in the ConfigMap; a JSON string points at the key', () => {
    const bad = KUBEADM_CM.text.replace('podSubnet: 10.244.0.0/16,fd00:10:244::/56', 'podSubnet: 10.244.0.0/16,10.245.0.0/16');
    const d = analyzeFiles([{ path: 'cm.yaml', text: bad }]).diagnostics.find((x) => x.rule === 'kubeadm-subnet-count');
    expect(d?.location).toEqual({ file: 'cm.yaml', line: 21, path: 'data.ClusterConfiguration: ClusterConfiguration.networking.podSubnet' });
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubeadm-config', namespace: 'kube-system' }, data: { ClusterConfiguration: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16,10.245.0.0/16\n' } }, null, 4);
    const fromJson = analyzeFiles([{ path: 'cm.json', text: json }]).diagnostics.find((x) => x.rule === 'kubeadm-subnet-count');
    expect(fromJson?.location).toEqual({ file: 'cm.json', line: 9, path: 'data.ClusterConfiguration: ClusterConfiguration.networking.podSubnet' });
    expect(json.split('\n')[8]).toContain('"ClusterConfiguration"');
  });

  it('the ClusterStatus of older releases beside it is not read', () => {
    const text = KUBEADM_CM.text.replace('data:\n', 'data:\n  ClusterStatus: |\n    apiEndpoints:\n      cp-1:\n        advertiseAddress: 192.168.10.11\n        bindPort: 6443\n    apiVersion: kubeadm.k8s.io/v1beta2\n    kind: ClusterStatus\n');
    const analysis = analyzeFiles([{ path: 'cm.yaml', text }]);
    expect(analysis.files[0]!.kind).toBe('kubeadm-config-map');
    expect(podSubnetText(analysis.plan)).toBe('10.244.0.0/16,fd00:10:244::/56');
    expect(analysis.plan.nodes).toEqual([]);
    const d = analyzeFiles([{ path: 'cm.yaml', text: text.replace('podSubnet: 10.244.0.0/16,fd00:10:244::/56', 'podSubnet: 10.244.0.0/16,10.245.0.0/16') }]).diagnostics.find((x) => x.rule === 'kubeadm-subnet-count');
    expect(d?.location?.line).toBe(28);
    expect(text.split('\n')[27]).toBe('      podSubnet: 10.244.0.0/16,fd00:10:244::/56');
  });

  it('a ClusterConfiguration string that is not YAML is reported at its line', () => {
    const text = 'kind: ConfigMap\ndata:\n  ClusterConfiguration: |\n    networking:\n      podSubnet: [\n';
    const d = analyzeFiles([{ path: 'cm.yaml', text }]).diagnostics.filter((x) => x.rule === 'kubeadm-yaml-invalid');
    expect(d.map((x) => x.location?.line)).toEqual([6]);
  });
});

describe('a running cluster checked as a whole', () => {
  it('IPv6-first nodes with the v0.20.1 DaemonSet: the crash rule, at the first node\'s podCIDRs, in any order', () => {
    const expected = [
      ['flannel-ipv6-first-podsubnet', 'error', { version: '0.20.1', podSubnet: 'fd00:10:244::/64,10.244.0.0/24', nodes: 'cp-1, w-1', source: 'nodes', outcome: 'crashloop' }, { file: NODES_YAML.path, line: 79, path: 'items.0.spec.podCIDRs' }],
      ['flannel-manifest-version', 'info', { version: '0.20.1', image: 'docker.io/rancher/mirrored-flannelcni-flannel:v0.20.1' }, { file: DAEMONSET.path, line: 49, path: 'DaemonSet.spec.template.spec.containers.image' }],
      ['flannel-dual-stack-default-routes', 'info', {}, { file: DAEMONSET.path }],
    ];
    for (const order of permutations([NODES_YAML, DAEMONSET])) expect(summary(order)).toEqual(expected);
    expect(analyzeFiles([NODES_YAML, DAEMONSET]).plan.nodes.map((n) => [n.name, n.role, n.ipv4, n.ipv6])).toEqual([
      ['cp-1', 'control-plane', '192.168.10.11', 'fd00:192:168:10::11'],
      ['w-1', 'worker', '192.168.10.21', 'fd00:192:168:10::21'],
    ]);
  });

  it('a cluster made dual-stack after w-2 joined: its missing IPv6 podCIDR and public-ipv6, whatever the order', () => {
    const expected = [
      ['cluster-node-pod-cidr-family-missing', 'error', { family: 'IPv6', nodes: 'w-2', count: 1, basis: 'podSubnet', flannel: 'error', version: '0.28.9' }, { file: NODES_JSON.path, line: 255, path: 'items.1.spec.podCIDRs' }],
      ['flannel-node-public-ipv6-missing', 'error', { nodes: 'w-2', count: 1, outcome: 'skipped', version: '0.28.9', error: 'invalid IP address format' }, { file: NODES_JSON.path, line: 176, path: 'items.1.metadata.annotations' }],
      ['kubelet-node-ip-missing-family', 'warning', { node: 'w-2', missing: 'IPv6', value: '192.168.10.22' }, { file: NODES_JSON.path, line: 260, path: 'items.1.status.addresses' }],
      ['flannel-version-assumed', 'info', { version: '0.28.9' }, { file: FLANNEL_CM.path }],
      ['flannel-dual-stack-default-routes', 'info', {}, { file: FLANNEL_CM.path }],
      // A multi-line JSON string: every line of net-conf.json is the key's.
      ['flannel-br-netfilter', 'info', { version: '0.28.9', families: 'bridge-nf-call-iptables, bridge-nf-call-ip6tables' }, { file: FLANNEL_CM.path, line: 5, path: 'ConfigMap.data.net-conf.json' }],
    ];
    for (const order of permutations([NODES_JSON, KUBEADM_CM, FLANNEL_CM])) expect(summary(order)).toEqual(expected);
  });

  it('podSubnet reordered after the nodes joined: kube-controller-manager\'s start-up failure, node by node', () => {
    const swapped = { path: 'kubeadm-config.yaml', text: KUBEADM_CM.text.replace('podSubnet: 10.244.0.0/16,fd00:10:244::/56', 'podSubnet: fd00:10:244::/56,10.244.0.0/16') };
    const found = analyzeFiles([NODES_JSON, swapped]).diagnostics.filter((d) => d.rule === 'cluster-node-pod-cidrs-mismatch');
    expect(found.map((d) => [d.params.node, d.params.cidr, d.params.range, d.location?.line])).toEqual([
      ['cp-1', '10.244.0.0/24', 'fd00:10:244::/56', 94],
      ['w-2', '10.244.2.0/24', 'fd00:10:244::/56', 255],
      ['w-3', '10.244.3.0/24', 'fd00:10:244::/56', 410],
    ]);
  });

  it('with an IPv4-only podSubnet, the dual-stack nodes hold a block at an index kube-controller-manager does not have', () => {
    const single = { path: 'kubeadm-config.yaml', text: KUBEADM_CM.text.replace('podSubnet: 10.244.0.0/16,fd00:10:244::/56', 'podSubnet: 10.244.0.0/16') };
    const found = analyzeFiles([NODES_JSON, single]).diagnostics.filter((d) => d.rule === 'cluster-node-pod-cidrs-mismatch');
    expect(found.map((d) => [d.params.node, d.params.index, d.params.outcome])).toEqual([['cp-1', 1, 'no-range'], ['w-3', 1, 'no-range']]);
  });

  it('kubeadm files name nodes first; the cluster adds the ones they do not name', () => {
    const init = { path: 'init.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n  - name: node-ip\n    value: 192.168.10.11,fd00:192:168:10::11\n' };
    const analysis = analyzeFiles([NODES_JSON, init, KUBEADM_CM]);
    expect(analysis.plan.nodes.map((n) => [n.name, n.role, n.nodeIp ?? null])).toEqual([
      ['cp-1', 'control-plane', '192.168.10.11,fd00:192:168:10::11'],
      ['w-2', 'worker', null],
      ['w-3', 'worker', null],
    ]);
  });
});
