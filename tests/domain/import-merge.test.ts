// An import merges into the user's plan: only what the files give is taken, edits in between stay, and files read
// one after the other give the plan they give read together.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiImportEn } from '../../src/content/ui-import.en';
import { uiImportZh } from '../../src/content/ui-import.zh';
import { type InputFile, analyzeFiles } from '../../src/domain/parse/files';
import { type Plan, defaultPlan } from '../../src/domain/plan';
import { mergeImport } from '../../src/domain/plan-import';
import { renderAll } from '../../src/domain/render/files';
import { plan } from '../helpers';

const fixture = (name: string): InputFile => ({ path: name, text: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8') });
const kubeadm = fixture('writeup-kubeadm.yaml');
const netConf = fixture('writeup-net-conf.json');
const join = fixture('join-v1beta3.yaml');
const manifest: InputFile = {
  path: 'kube-flannel.yml',
  text: [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: kube-flannel-cfg, namespace: kube-flannel}',
    'data:',
    '  net-conf.json: |',
    '    {"Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "2001:db8:42:0::/56", "Backend": {"Type": "host-gw"}}',
    '---',
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata: {name: kube-flannel-ds, namespace: kube-flannel}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: kube-flannel',
    '          image: ghcr.io/flannel-io/flannel:v0.20.1',
    '          args: ["--ip-masq", "--kube-subnet-mgr", "--iface=eth1"]',
  ].join('\n'),
};

/** What the page does: each read analyses every file read so far, with the plan's versions as the assumption. */
function readInTurn(start: Plan, ...batches: InputFile[][]): Plan {
  let current = start;
  let previous: ReturnType<typeof analyzeFiles> | undefined;
  const files: InputFile[] = [];
  for (const batch of batches) {
    files.push(...batch);
    const analysis = analyzeFiles(files, { assume: { kubernetesVersion: current.kubernetesVersion, flannelVersion: current.flannelVersion } });
    current = mergeImport(current, analysis, previous).plan;
    previous = analysis;
  }
  return current;
}

describe('an import merges into the plan', () => {
  const writeupPlan = (): Plan =>
    plan({
      kubernetesVersion: '1.30.2',
      primaryFamily: 'ipv6',
      podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' },
      serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' },
      nodes: [{ name: 'master', role: 'control-plane', ipv4: '192.168.0.1', ipv6: '2408:4002:116a:0:6c2a:43c9:80c0:6664' }],
      overrides: { podSubnetOrder: ['ipv4', 'ipv6'] },
    });

  it('a kubeadm file, then net-conf.json: the plan keeps both', () => {
    expect(readInTurn(defaultPlan(), [kubeadm], [netConf])).toEqual(writeupPlan());
    expect(readInTurn(defaultPlan(), [kubeadm, netConf])).toEqual(writeupPlan());
  });

  it('net-conf.json alone sets the pod network and the backend, and nothing of kubeadm\'s', () => {
    const start = plan({ kubernetesVersion: '1.33', primaryFamily: 'ipv6', dnsDomain: 'example.test' });
    expect(readInTurn(start, [netConf])).toEqual(plan({ kubernetesVersion: '1.33', primaryFamily: 'ipv6', dnsDomain: 'example.test', podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' } }));
  });

  it.each<[string, InputFile[]]>([
    ['kubeadm, net-conf.json', [kubeadm, netConf]],
    ['net-conf.json, kubeadm', [netConf, kubeadm]],
    ['kubeadm, join', [kubeadm, join]],
    ['join, kubeadm', [join, kubeadm]],
    ['manifest, kubeadm', [manifest, kubeadm]],
    ['kubeadm, manifest', [kubeadm, manifest]],
    ['net-conf.json, manifest', [netConf, manifest]],
  ])('%s one after the other give what both give together', (_name, [a, b]) => {
    const starts = [defaultPlan(), plan({ kubernetesVersion: '1.31', flannelVersion: '0.22.0', stack: 'ipv4', dnsDomain: 'corp.test', flannel: { backend: { type: 'wireguard' } } })];
    for (const start of starts) expect(readInTurn(start, [a!], [b!])).toEqual(readInTurn(start, [a!, b!]));
  });

  it('keeps an edit made between two imports unless the second file changes that field', () => {
    const first = analyzeFiles([kubeadm], { assume: { kubernetesVersion: '1.37', flannelVersion: '0.28.9' } });
    const afterKubeadm = mergeImport(defaultPlan(), first).plan;
    const edited = { ...afterKubeadm, podCidr: { ipv4: '10.1.0.0/16', ipv6: afterKubeadm.podCidr.ipv6 }, dnsDomain: 'edited.test' };
    const both = analyzeFiles([kubeadm, netConf], { assume: { kubernetesVersion: '1.30', flannelVersion: '0.28.9' } });
    const merged = mergeImport(edited, both, first);
    expect(merged.plan.podCidr.ipv4).toBe('10.1.0.0/16');
    expect(merged.plan.dnsDomain).toBe('edited.test');
    expect(merged.changes).toEqual([{ field: 'flannel.backend', before: 'vxlan', after: 'vxlan' }, { field: 'flannel.enableNFTables', before: 'false', after: 'false' }]);
  });

  it('a join file alone adds its node and keeps the networks, versions and Flannel settings', () => {
    const start = plan({ kubernetesVersion: '1.32', podCidr: { ipv4: '10.50.0.0/16', ipv6: 'fd00:50::/56' }, flannel: { backend: { type: 'host-gw' } } });
    const merged = mergeImport(start, analyzeFiles([join], { assume: { kubernetesVersion: '1.32', flannelVersion: '0.28.9' } }));
    expect(merged.plan).toEqual({ ...start, nodes: [{ name: 'worker-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' }] });
    expect(merged.changes).toEqual([{ field: 'nodes', before: 'cp-1 (control-plane, 192.168.10.11, fd00:192:168:10::11)', after: 'worker-1 (worker, 192.168.10.21, fd00:192:168:10::21)' }]);
  });

  it('lists every field it set, with the value before and after', () => {
    const merged = mergeImport(defaultPlan(), analyzeFiles([kubeadm], { assume: { kubernetesVersion: '1.37', flannelVersion: '0.28.9' } }));
    expect(merged.changes).toEqual([
      { field: 'kubernetesVersion', before: '1.37', after: '1.30.2' },
      { field: 'stack', before: 'dual', after: 'dual' },
      { field: 'primaryFamily', before: 'ipv4', after: 'ipv6' },
      { field: 'podCidr.ipv4', before: '10.244.0.0/16', after: '10.244.0.0/16' },
      { field: 'podCidr.ipv6', before: 'fd00:10:244::/56', after: '2001:db8:42:0::/56' },
      { field: 'overrides.podSubnetOrder', before: '', after: 'IPv4, IPv6' },
      { field: 'nodeMask.ipv4', before: '24', after: '24' },
      { field: 'nodeMask.ipv6', before: '64', after: '64' },
      { field: 'serviceCidr.ipv4', before: '10.96.0.0/16', after: '10.96.0.0/16' },
      { field: 'serviceCidr.ipv6', before: 'fd00:10:96::/112', after: '2001:db8:42:1::/112' },
      { field: 'dnsDomain', before: 'cluster.local', after: 'cluster.local' },
      { field: 'nodes', before: 'cp-1 (control-plane, 192.168.10.11, fd00:192:168:10::11)', after: 'master (control-plane, 192.168.0.1, 2408:4002:116a:0:6c2a:43c9:80c0:6664)' },
      { field: 'controlPlaneEndpoint', before: '', after: '' },
      { field: 'advertiseAddress', before: '', after: '' },
      { field: 'bindPort', before: '6443', after: '6443' },
    ]);
  });

  it('versions the files do not name are the plan\'s, and the note says so', () => {
    const analysis = analyzeFiles([netConf], { assume: { kubernetesVersion: '1.31', flannelVersion: '0.20.1' } });
    expect(analysis.flannelVersion).toEqual({ value: '0.20.1', source: 'default' });
    expect(analysis.diagnostics.filter((d) => d.rule === 'flannel-version-assumed').map((d) => d.params)).toEqual([{ version: '0.20.1', basis: 'plan' }]);
    expect(analysis.stated).not.toContain('flannelVersion');
    expect(mergeImport(plan({ flannelVersion: '0.20.1' }), analysis).plan.flannelVersion).toBe('0.20.1');
    // Without the assumption (the CLI), the newest known, said as such.
    expect(analyzeFiles([netConf]).diagnostics.filter((d) => d.rule === 'flannel-version-assumed').map((d) => d.params)).toEqual([{ version: '0.28.9' }]);
    const kubeadmOnly = analyzeFiles([{ path: 'init.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n' }], { assume: { kubernetesVersion: '1.31', flannelVersion: '0.20.1' } });
    // The plan's version comes before a release guessed from the apiVersion, which the CLI still makes.
    expect(kubeadmOnly.kubernetesVersion).toEqual({ value: '1.31', source: 'default' });
    expect(kubeadmOnly.stated).not.toContain('kubernetesVersion');
    expect(kubeadmOnly.diagnostics.filter((d) => d.rule === 'kubernetes-version-assumed').map((d) => d.params)).toEqual([{ version: '1.31', basis: 'plan' }]);
    const cli = analyzeFiles([{ path: 'init.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n' }]);
    expect(cli.kubernetesVersion).toEqual({ value: '1.37', source: 'api-version', file: 'init.yaml', apiVersion: 'kubeadm.k8s.io/v1beta4' });
    expect(cli.stated).not.toContain('kubernetesVersion');
  });

  it('does not change the plan it merges into', () => {
    const start = defaultPlan();
    mergeImport(start, analyzeFiles([kubeadm, netConf, join]));
    expect(start).toEqual(defaultPlan());
  });
});

describe('what the wizard writes differently from the files, said on import', () => {
  const analyze = (text: string) => analyzeFiles([{ path: 'kubeadm-config.yaml', text }]);
  const cluster = (networking: string) => `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.0\nnetworking:\n${networking}`;

  it('an InitConfiguration without advertiseAddress: the wizard writes the init node\'s address', () => {
    const analysis = analyze(`apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-a\n  kubeletExtraArgs:\n    - {name: node-ip, value: "10.0.0.5,fd00::5"}\n---\n${cluster('  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n')}`);
    expect(mergeImport(defaultPlan(), analysis).adjustments).toEqual([{ kind: 'advertise-address-filled', address: '10.0.0.5', node: 'cp-a' }]);
  });

  it('an InitConfiguration with advertiseAddress: nothing filled in', () => {
    const analysis = analyze(`apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 10.0.0.5\nnodeRegistration:\n  name: cp-a\n  kubeletExtraArgs:\n    - {name: node-ip, value: "10.0.0.5,fd00::5"}\n---\n${cluster('  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n')}`);
    expect(mergeImport(defaultPlan(), analysis).adjustments).toEqual([]);
  });

  it('a podSubnet with a third entry or spaces is written as the wizard holds it', () => {
    const analysis = analyze(cluster('  podSubnet: 10.244.0.0/16,fd00:10:244::/56,10.1.0.0/16\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n'));
    expect(mergeImport(defaultPlan(), analysis).adjustments).toEqual([{ kind: 'pod-subnet-rewritten', from: '10.244.0.0/16,fd00:10:244::/56,10.1.0.0/16', to: '10.244.0.0/16,fd00:10:244::/56' }]);
  });

  it('files without advertiseAddress: the wizard writes the init node\'s address, and the join endpoint follows it', () => {
    const analysis = analyzeFiles([kubeadm, join]);
    expect(mergeImport(defaultPlan(), analysis).adjustments).toEqual([
      { kind: 'advertise-address-filled', address: '2408:4002:116a:0:6c2a:43c9:80c0:6664', node: 'master' },
      // The write-up's primary family is IPv6 (serviceSubnet lists it first), so the worker's node-ip follows.
      { kind: 'node-ip-rewritten', node: 'worker-1', from: '192.168.10.21,fd00:192:168:10::21', to: 'fd00:192:168:10::21,192.168.10.21' },
      { kind: 'join-endpoint-rewritten', node: 'worker-1', from: '192.168.10.11:6443', to: '[2408:4002:116a:0:6c2a:43c9:80c0:6664]:6443' },
    ]);
  });

  it('a serviceSubnet with two IPv4 entries is written with one per family; a cloud-provider is not carried', () => {
    const init = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 10.0.0.5\nnodeRegistration:\n  name: cp-a\n  kubeletExtraArgs:\n    - {name: node-ip, value: "10.0.0.5"}\n    - {name: cloud-provider, value: external}\n---\n';
    const analysis = analyze(`${init}${cluster('  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16,10.97.0.0/16\n')}`);
    expect(mergeImport(defaultPlan(), analysis).adjustments).toEqual([
      { kind: 'service-subnet-rewritten', from: '10.96.0.0/16,10.97.0.0/16', to: '10.96.0.0/16' },
      { kind: 'not-carried', what: 'kubeletExtraArgs cloud-provider' },
    ]);
  });

  it('a node-ip in the other order is written primary family first', () => {
    const init = `apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 192.168.10.11\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    node-ip: 192.168.10.11\n---\n${cluster('  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n').replace('v1beta4', 'v1beta3')}`;
    const worker = { path: 'join.yaml', text: join.text.replace('192.168.10.21,fd00:192:168:10::21', 'fd00:192:168:10::21,192.168.10.21') };
    expect(mergeImport(defaultPlan(), analyzeFiles([{ path: 'kubeadm-config.yaml', text: init }, worker])).adjustments).toEqual([
      { kind: 'node-ip-rewritten', node: 'worker-1', from: 'fd00:192:168:10::21,192.168.10.21', to: '192.168.10.21,fd00:192:168:10::21' },
    ]);
  });

  it('controller-manager arguments, kube-proxy clusterCIDR and cloud-provider are not carried, and it says so', () => {
    const analysis = analyze(`${cluster('  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n')}controllerManager:\n  extraArgs:\n    - {name: allocate-node-cidrs, value: "true"}\n    - {name: node-cidr-mask-size-ipv4, value: "25"}\n---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\n`);
    const merged = mergeImport(defaultPlan(), analysis);
    expect(merged.plan.nodeMask.ipv4).toBe('25');
    expect(merged.adjustments).toEqual([{ kind: 'not-carried', what: 'controllerManager.extraArgs allocate-node-cidrs' }, { kind: 'not-carried', what: 'KubeProxyConfiguration.clusterCIDR' }]);
  });

  it('a release label or a minor alone is written as one release, and the list says so with both values; a patch release is kept (issue 17)', () => {
    const networking = '  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n';
    const version = (written: string, current = defaultPlan()) => {
      const merged = mergeImport(current, analyze(cluster(networking).replace('kubernetesVersion: v1.33.0', `kubernetesVersion: ${written}`)));
      return { version: merged.plan.kubernetesVersion, adjustments: merged.adjustments };
    };
    expect(version('stable-1.33')).toEqual({ version: '1.33', adjustments: [{ kind: 'kubernetes-version-rewritten', from: 'stable-1.33', to: 'v1.33.0' }] });
    expect(version('latest-1.32')).toEqual({ version: '1.32', adjustments: [{ kind: 'kubernetes-version-rewritten', from: 'latest-1.32', to: 'v1.32.0' }] });
    // latest names no minor: the plan keeps the user's version, which the files write.
    expect(version('latest', { ...defaultPlan(), kubernetesVersion: '1.31' })).toEqual({ version: '1.31', adjustments: [{ kind: 'kubernetes-version-rewritten', from: 'latest', to: 'v1.31.0' }] });
    expect(version('"1.33"')).toEqual({ version: '1.33', adjustments: [{ kind: 'kubernetes-version-rewritten', from: '1.33', to: 'v1.33.0' }] });
    // Kept: a patch release, a .0 release, and one without the v kubeadm adds itself.
    expect(version('v1.33.1')).toEqual({ version: '1.33.1', adjustments: [] });
    expect(version('v1.33.0')).toEqual({ version: '1.33', adjustments: [] });
    expect(version('1.33.1')).toEqual({ version: '1.33.1', adjustments: [] });
    expect(renderAll(mergeImport(defaultPlan(), analyze(cluster(networking).replace('v1.33.0', 'stable-1.33'))).plan).find((f) => f.name === 'kubeadm-config.yaml')!.content).toContain('kubernetesVersion: v1.33.0');
  });

  it('the words of a rewritten version, in English and Chinese', () => {
    const a = { kind: 'kubernetes-version-rewritten', from: 'stable-1.33', to: 'v1.33.0' } as const;
    expect(uiImportEn.adjustment(a)).toBe('kubernetesVersion "stable-1.33" is written as "v1.33.0": the wizard writes an exact release, the one in the Kubernetes version field.');
    expect(uiImportZh.adjustment(a)).toBe('kubernetesVersion "stable-1.33" 写为 "v1.33.0"：向导写出确定的版本，即“Kubernetes 版本”字段中的版本。');
  });

  it('net-conf.json networks that differ from the pod CIDRs follow them in the wizard\'s files', () => {
    const analysis = analyzeFiles([kubeadm, { path: 'net-conf.json', text: '{"Network": "10.1.0.0/16", "EnableIPv6": true, "IPv6Network": "2001:db8:42:0::/56", "SubnetLen": 25, "Backend": {"Type": "vxlan"}}' }]);
    expect(mergeImport(defaultPlan(), analysis).adjustments).toEqual([
      { kind: 'advertise-address-filled', address: '2408:4002:116a:0:6c2a:43c9:80c0:6664', node: 'master' },
      { kind: 'net-conf-follows', key: 'Network', from: '10.1.0.0/16', to: '10.244.0.0/16' },
      { kind: 'not-carried', what: 'net-conf.json SubnetLen' },
    ]);
  });
});
