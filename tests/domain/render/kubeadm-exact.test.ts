// kubeadm-config.yaml and the join files for plans the golden files do not cover: the parsed content and the exact
// English comments a user reads.
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { joinFileName, kubeadmApiVersion, renderJoinConfig, renderKubeadmConfig } from '../../../src/domain/render/kubeadm';
import { renderAll } from '../../../src/domain/render/files';
import { plan } from '../../helpers';

const docs = (p: Plan) => loadAll(renderKubeadmConfig(p).content) as Array<Record<string, any>>;
const notes = (p: Plan) => Object.fromEntries(renderKubeadmConfig(p).annotations.map((a) => [a.topic, a.text]));
const cp = (name: string, ipv4: string, ipv6: string) => ({ name, role: 'control-plane' as const, ipv4, ipv6 });
const worker = (name: string, ipv4: string, ipv6: string) => ({ name, role: 'worker' as const, ipv4, ipv6 });

describe('the pod subnet comment', () => {
  const ipv6First = (flannelVersion: string) => plan({ primaryFamily: 'ipv6', flannelVersion });
  it('IPv6 first with a Flannel that crashes on it: says so and how to fix it', () => {
    expect(notes(ipv6First('0.20.1'))['pod-subnet-order']).toBe(
      'IPv6 listed first: kube-controller-manager gives each node one block per entry, in this order, and node.spec.podCIDR is the IPv6 block. Flannel v0.20.1 reads node.spec.podCIDR as IPv4 and crashes with "Address is not an IPv4 address": upgrade to v0.20.2 or later, or list IPv4 first.\nEach node gets one block per family. IPv4 /24: 2^(24-16) = 256 nodes, 254 pod IPs each; IPv6 /64: 2^(64-56) = 256 nodes, 2^64-2 pod IPs each.',
    );
  });
  it('IPv6 first from v0.20.2, and with a Flannel version that does not parse: it works', () => {
    const works =
      'IPv6 listed first: kube-controller-manager gives each node one block per entry, in this order, and node.spec.podCIDR is the IPv6 block. Flannel v0.20.2 and later pick the blocks by family, so this works; older versions crash with "Address is not an IPv4 address".';
    expect(notes(ipv6First('0.20.2'))['pod-subnet-order']!.split('\n')[0]).toBe(works);
    expect(notes(ipv6First('main'))['pod-subnet-order']!.split('\n')[0]).toBe(works);
  });
  it('IPv4 first with IPv4 Services', () => {
    expect(notes(plan())['pod-subnet-order']!.split('\n')[0]).toBe(
      'IPv4 listed first: kube-controller-manager gives each node one block per entry, in this order, and node.spec.podCIDR is the IPv4 block. Listing IPv6 first would crash Flannel before v0.20.2 with "Address is not an IPv4 address".',
    );
  });
  it('one family: no order comment, the masks alone on podSubnet', () => {
    const p = plan({ stack: 'ipv4', nodes: [cp('cp-1', '192.168.10.11', '')] });
    expect(renderKubeadmConfig(p).annotations.filter((a) => a.topic === 'node-masks').map((a) => a.text)).toEqual(['Each node gets one block per family. IPv4 /24: 2^(24-16) = 256 nodes, 254 pod IPs each.']);
    expect(notes(p)['pod-subnet-order']).toBeUndefined();
  });
  it('with controller-manager flags, the masks go above controllerManager instead', () => {
    const p = plan({ overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'true' } } });
    const file = renderKubeadmConfig(p);
    const masks = file.annotations.find((a) => a.topic === 'node-masks')!;
    expect(file.content.split('\n')[masks.line - 1]).toBe('controllerManager:');
    expect(notes(p)['pod-subnet-order']).not.toContain('Each node gets');
  });
});

describe('the Service subnet comment', () => {
  it('dual-stack: the first family, both addresses, advertiseAddress in that family', () => {
    expect(notes(plan())['service-subnet-order']).toBe(
      'IPv4 listed first: the default family of new Services, and the family of the kubernetes Service 10.96.0.1, cluster DNS 10.96.0.10 (1st and 10th addresses). advertiseAddress must be IPv4 too, or kube-apiserver refuses to start.',
    );
  });
  it('one family: where the addresses come from', () => {
    expect(notes(plan({ stack: 'ipv6', primaryFamily: 'ipv6', nodes: [cp('cp-1', '', 'fd00::11')] }))['service-subnet-order']).toBe(
      'The kubernetes Service fd00:10:96::1, cluster DNS fd00:10:96::a (1st and 10th addresses) come from this range.',
    );
  });
  it('a Service CIDR that does not parse: no comment, and the text kept as written', () => {
    const p = plan({ stack: 'ipv4', serviceCidr: { ipv4: '10.96.0.0/33', ipv6: '' }, nodes: [cp('cp-1', '192.168.10.11', '')] });
    expect(notes(p)['service-subnet-order']).toBeUndefined();
    expect(docs(p)[1]!.networking.serviceSubnet).toBe('10.96.0.0/33');
  });
});

describe('kubeadm-config.yaml', () => {
  it('the advertise address canonical, its family comment, cloud-provider for kubelet, kube-proxy clusterCIDR', () => {
    const p = plan({
      primaryFamily: 'ipv6',
      kubernetesVersion: '1.30',
      advertiseAddress: 'FD00:0:0:0::11',
      nodes: [cp('cp-1', '192.168.10.11', 'fd00::11')],
      overrides: { cloudProvider: 'external', kubeProxyClusterCidr: '10.244.0.0/16' },
    });
    const [init, cluster, proxy] = docs(p);
    expect(init).toEqual({
      apiVersion: 'kubeadm.k8s.io/v1beta3',
      kind: 'InitConfiguration',
      localAPIEndpoint: { advertiseAddress: 'fd00::11', bindPort: 6443 },
      nodeRegistration: { name: 'cp-1', kubeletExtraArgs: { 'node-ip': 'fd00::11,192.168.10.11', 'cloud-provider': 'external' } },
    });
    expect(cluster!.kubernetesVersion).toBe('v1.30.0');
    expect(proxy).toEqual({ apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', kind: 'KubeProxyConfiguration', clusterCIDR: '10.244.0.0/16' });
    const n = notes(p);
    expect(n['advertise-family']).toBe('IPv6, like the first serviceSubnet entry: kube-apiserver requires it ("service IP family ... must match public address family"). Without it kubeadm detects an address and prefers IPv4.');
    expect(n['kube-proxy-cluster-cidr']).toBe('kube-proxy treats traffic from outside this range as external. kubeadm fills in podSubnet when this is absent.');
    expect(n['node-ip-order']).toBe("IPv6 first: kubelet's primary InternalIP, and the family of hostNetwork pods' first IP. Both families must be listed for a dual-stack node.");
    expect(n['kubernetes-version']).toBe('Set the exact patch release you install; kubeadm deploys this version of the control plane.');
  });
  it('the node-ip comment sits on the v1beta4 list item of node-ip', () => {
    const file = renderKubeadmConfig(plan({ overrides: { cloudProvider: 'external' } }));
    const note = file.annotations.find((a) => a.topic === 'node-ip-order')!;
    expect(file.content.split('\n').slice(note.line - 1, note.line + 1)).toEqual(['    - name: node-ip', '      value: 192.168.10.11,fd00:192:168:10::11']);
  });
  it('no nodes: a control-plane named control-plane, no advertise address; one address: no order comment', () => {
    const [init] = docs(plan({ nodes: [] }));
    expect(init).toEqual({ apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'InitConfiguration', nodeRegistration: { name: 'control-plane' } });
    expect(notes(plan({ nodes: [cp('cp-1', '192.168.10.11', '')] }))['node-ip-order']).toBeUndefined();
  });
  it('node-ip pieces canonical, one that does not parse kept as written; an unparseable version is written as given', () => {
    const p = plan({ kubernetesVersion: 'latest', nodes: [{ ...cp('cp-1', '', ''), nodeIp: '192.168.010.11, x' }] });
    const [init, cluster] = docs(p);
    expect(init!.nodeRegistration.kubeletExtraArgs).toEqual([{ name: 'node-ip', value: '192.168.10.11, x' }]);
    expect(cluster!.kubernetesVersion).toBe('latest');
    expect(kubeadmApiVersion(p)).toBe('kubeadm.k8s.io/v1beta4');
    expect(renderKubeadmConfig(p).content.split('\n')[0]).toBe('apiVersion: kubeadm.k8s.io/v1beta4');
  });
  it('no pod subnet: no podSubnet key', () => {
    const p = plan({ stack: 'ipv4', podCidr: { ipv4: '', ipv6: '' }, nodes: [cp('cp-1', '192.168.10.11', '')] });
    expect(Object.keys(docs(p)[1]!.networking)).toEqual(['serviceSubnet', 'dnsDomain']);
  });
  it('the bootstrap token and certificate key comments', () => {
    const n = notes(plan({ nodes: [cp('cp-1', '192.168.10.11', 'fd00::11'), cp('cp-2', '192.168.10.12', 'fd00::12')] }));
    expect(n['join-token']).toBe("Random, made when these files were written; every join file holds the same token. Valid for 24 hours after kubeadm init (kubeadm's default ttl); after that, `kubeadm token create` makes a new one to put in the join files.");
    expect(n['certificate-key']).toBe(
      'Random, made when these files were written: kubeadm init --upload-certs encrypts the control-plane certificates with it, and the control-plane join files hold the same key. The upload is deleted after 2 hours; `sudo kubeadm init phase upload-certs --upload-certs --config kubeadm-config.yaml` uploads it again.',
    );
  });
});

describe('join files', () => {
  const join = (p: Plan, index: number) => renderJoinConfig(p, p.nodes[index]!);
  it('a control-plane node without an address of the Service family joins without localAPIEndpoint', () => {
    const p = plan({ primaryFamily: 'ipv6', nodes: [cp('cp-1', '192.168.10.11', 'fd00::11'), cp('cp-2', '192.168.10.12', '')] });
    const file = join(p, 1);
    expect((load(file.content.split('\n').slice(1).join('\n')) as Record<string, any>).controlPlane).toEqual({ certificateKey: '•'.repeat(64) });
    expect(file.annotations.map((a) => a.topic)).toEqual(['join-endpoint', 'join-token', 'join-ca-hash', 'certificate-key']);
  });
  it('a control-plane node with one: its address canonical, its own join endpoint, and the comments', () => {
    const p = plan({ nodes: [cp('cp-1', '192.168.10.11', 'fd00::11'), { ...cp('cp-2', '192.168.010.12', 'fd00::12'), joinEndpoint: 'api.example:6443' }] });
    const file = join(p, 1);
    const doc = load(file.content) as Record<string, any>;
    expect(doc.controlPlane).toEqual({ localAPIEndpoint: { advertiseAddress: '192.168.10.12', bindPort: 6443 }, certificateKey: '•'.repeat(64) });
    expect(doc.discovery.bootstrapToken.apiServerEndpoint).toBe('api.example:6443');
    expect(Object.fromEntries(file.annotations.map((a) => [a.topic, a.text]))).toEqual({
      'join-endpoint': 'host:port of the API server; an IPv6 address needs brackets, e.g. [fd00::1]:6443.',
      'join-token': 'The bootstrap token from kubeadm-config.yaml (bootstrapTokens).',
      'join-ca-hash': "The one value to fill in: the sha256 hash of the cluster CA's public key, known only after kubeadm init. NEXT-STEPS.md gives the command that prints it and puts it here.",
      'node-ip-order': "IPv4 first: kubelet's primary InternalIP, and the family of hostNetwork pods' first IP. Both families must be listed for a dual-stack node.",
      'certificate-key': 'The certificateKey from kubeadm-config.yaml, which decrypts the certificates kubeadm init uploaded (deleted after 2 hours).',
      'advertise-family': 'IPv4, like the first serviceSubnet entry.',
    });
  });
  it('a worker of an IPv6-only cluster without Service CIDR joins at the init node\'s address', () => {
    const p = plan({ stack: 'ipv6', primaryFamily: 'ipv6', serviceCidr: { ipv4: '', ipv6: '' }, nodes: [cp('cp-1', '', 'fd00::11'), worker('w-1', '', 'fd00::21')] });
    const doc = load(join(p, 1).content) as Record<string, any>;
    expect(doc.discovery.bootstrapToken.apiServerEndpoint).toBe('[fd00::11]:6443');
    expect(doc.controlPlane).toBeUndefined();
  });
  it('file names: only letters, digits, dots and dashes; node when nothing is left', () => {
    expect(['w-1.a', 'W_1 x/y', '', 'ü'].map((name) => joinFileName(worker(name, '', '')))).toEqual(['join-w-1.a.yaml', 'join-W_1_x_y.yaml', 'join-node.yaml', 'join-_.yaml']);
  });
  it('names that map to one file, exactly or but for case, get -2, -3: no join file overwrites another, in the zip or on disk', () => {
    const names = ['&a', '*a', 'Worker-1', 'worker-1', 'WORKER-1', 'worker-1-2', ''];
    const p = plan({ nodes: [cp('cp-1', '192.168.10.11', 'fd00::11'), ...names.map((name, i) => worker(name, `192.168.10.${21 + i}`, ''))] });
    const files = renderAll(p).filter((f) => f.name.startsWith('join-'));
    expect(files.map((f) => f.name)).toEqual(['join-_a.yaml', 'join-_a-2.yaml', 'join-Worker-1.yaml', 'join-worker-1-2.yaml', 'join-WORKER-1-3.yaml', 'join-worker-1-2-2.yaml', 'join-node.yaml']);
    expect(new Set(files.map((f) => f.name.toLowerCase())).size).toBe(names.length);
    // Each file is for its own node, and NEXT-STEPS.md joins each node with its own file.
    expect(files.map((f) => (load(f.content) as Record<string, any>).nodeRegistration.name)).toEqual(names);
    const steps = renderAll(p).find((f) => f.name === 'NEXT-STEPS.md')!.content;
    for (const f of files) expect(steps).toContain(`sudo kubeadm join --config ${f.name}`);
  });
});


describe('the node-mask comment reads the one capacity (resolve.ts nodeCapacity), changed in issue 19', () => {
  const masks = (p: Plan) => notes(p)['pod-subnet-order']!.split('\n')[1];
  it('counts the blocks of the podSubnet written, overrides.podSubnet included (plan.ts nodeCapacity read the per-family fields: 256 nodes each)', () => {
    expect(masks(plan({ overrides: { podSubnet: '10.244.0.0/20,fd00:10:244::/60' } }))).toBe(
      'Each node gets one block per family. IPv4 /24: 2^(24-20) = 16 nodes, 254 pod IPs each; IPv6 /64: 2^(64-60) = 16 nodes, 2^64-2 pod IPs each.',
    );
  });
  it('reads the mask as kube-controller-manager does ("+26" is 26), and counts no family with more than 64 bits of blocks', () => {
    expect(notes(plan({ nodeMask: { ipv4: '+26', ipv6: '64' } }))['node-masks']).toBe(
      'Each node gets one block per family. IPv4 /26: 2^(26-16) = 1024 nodes, 62 pod IPs each; IPv6 /64: 2^(64-56) = 256 nodes, 2^64-2 pod IPs each.',
    );
    expect(notes(plan({ nodeMask: { ipv4: '24', ipv6: '128' } }))['node-masks']).toBe('Each node gets one block per family. IPv4 /24: 2^(24-16) = 256 nodes, 254 pod IPs each.');
  });
});
