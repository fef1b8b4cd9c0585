// analyzeFiles: which kind each file is, the plan it gives, the versions chosen, which fields the files state, and
// where each diagnostic points.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, detectKind } from '../../../src/domain/parse/files';

const cluster = (body: string, apiVersion = 'kubeadm.k8s.io/v1beta4') => `apiVersion: ${apiVersion}\nkind: ClusterConfiguration\n${body}`;
const rule = (analysis: ReturnType<typeof analyzeFiles>, id: string) => analysis.diagnostics.filter((d) => d.rule === id);

describe('detectKind', () => {
  it('JSON by its first character, after white space', () => {
    expect([detectKind('  \n[1]'), detectKind('\t{'), detectKind('x {')]).toEqual(['net-conf', 'net-conf', 'unknown']);
  });
  it('YAML that does not load: guessed from its words', () => {
    expect(detectKind('apiVersion: kubeadm.k8s.io/v1beta4\nkind: [\n')).toBe('kubeadm');
    expect(detectKind('apiVersion: kustomize.config.k8s.io/v1beta1\nresources: [\n')).toBe('kustomization');
    expect(detectKind('a: [\nkind: Kustomization\n')).toBe('kustomization');
    expect(detectKind('a: [\n  kind: Kustomization\n')).toBe('unknown');
    expect(detectKind('a: [\nname: kube-flannel-cfg\n')).toBe('flannel-manifest');
    expect(detectKind('a: [\nnet-conf.json: x\n')).toBe('flannel-manifest');
    expect(detectKind('a: [\npodCidr: x\n')).toBe('helm-values');
    expect(detectKind('a: [\npodCidrv6 : x\n')).toBe('helm-values');
    expect(detectKind('a: [\n podCidr: x\n')).toBe('unknown');
    expect(detectKind('a: [\nb: c\n')).toBe('unknown');
  });
  it('YAML that loads: by its documents; a kustomization only when it concerns Flannel', () => {
    expect(detectKind('kind: X\n---\nkind: InitConfiguration\n')).toBe('kubeadm');
    expect(detectKind('kind: Kustomization\nresources: [kube-flannel.yml]\n')).toBe('kustomization');
    expect(detectKind('kind: Kustomization\nresources: [app.yaml]\n')).toBe('unknown');
    expect(detectKind('podCidr: 10.1.0.0/16\n')).toBe('helm-values');
    expect(detectKind('kind: DaemonSet\nspec: {template: {spec: {containers: [{image: "flannel:v0.25.0"}]}}}\n')).toBe('flannel-manifest');
  });
});

describe('the plan from a kubeadm ClusterConfiguration', () => {
  it('stack and primary family from the lists, the pod order kept when it differs, kubeadm\'s defaults', () => {
    const analysis = analyzeFiles([{ path: 'c.yaml', text: cluster('networking:\n  podSubnet: fd00:10:244::/56,10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n') }]);
    const p = analysis.plan;
    expect([p.stack, p.primaryFamily, p.podCidr, p.serviceCidr, p.nodeMask, p.dnsDomain, p.controlPlaneEndpoint, p.advertiseAddress, p.bindPort, p.nodes]).toEqual([
      'dual', 'ipv4', { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' }, { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' }, { ipv4: '', ipv6: '' }, 'cluster.local', '', '', 6443, [],
    ]);
    expect(p.overrides).toEqual({
      podSubnet: 'fd00:10:244::/56,10.244.0.0/16',
      serviceSubnet: '10.96.0.0/16,fd00:10:96::/112',
      podSubnetOrder: ['ipv6', 'ipv4'],
      advertiseAddressAutoDetect: true,
      kubeadmApiVersion: 'kubeadm.k8s.io/v1beta4',
    });
    expect(analysis.stated).toEqual(['stack', 'primaryFamily', 'podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6', 'overrides.podSubnetOrder', 'dnsDomain', 'controlPlaneEndpoint']);
    expect(analysis.scopes).toEqual(['kubeadm']);
  });
  it('without serviceSubnet: kubeadm\'s 10.96.0.0/12; IPv6 pods alone make an IPv6 stack with IPv4 Services primary', () => {
    const p = analyzeFiles([{ path: 'c.yaml', text: cluster('networking:\n  podSubnet: fd00:10:244::/56\n') }]).plan;
    expect([p.stack, p.primaryFamily, p.serviceCidr, p.overrides.serviceSubnet, p.overrides.podSubnetOrder]).toEqual(['ipv6', 'ipv4', { ipv4: '10.96.0.0/12', ipv6: '' }, '10.96.0.0/12', undefined]);
    const none = analyzeFiles([{ path: 'c.yaml', text: cluster('networking:\n  serviceSubnet: fd00:10:96::/112\n') }]).plan;
    expect([none.stack, none.primaryFamily, none.podCidr, none.overrides.podSubnet]).toEqual(['ipv6', 'ipv6', { ipv4: '', ipv6: '' }, '']);
    const junk = analyzeFiles([{ path: 'c.yaml', text: cluster('networking:\n  podSubnet: x\n  serviceSubnet: y\n') }]).plan;
    expect([junk.stack, junk.primaryFamily]).toEqual(['ipv4', 'ipv4']);
  });
  it('node masks of the families in use become fields; other flags stay flags', () => {
    const text = cluster(
      'networking:\n  podSubnet: 10.244.0.0/16\ncontrollerManager:\n  extraArgs:\n    - name: node-cidr-mask-size-ipv4\n      value: "25"\n    - name: node-cidr-mask-size-ipv6\n      value: "80"\n    - name: allocate-node-cidrs\n      value: "true"\n',
    );
    const p = analyzeFiles([{ path: 'c.yaml', text }]).plan;
    expect(p.nodeMask).toEqual({ ipv4: '25', ipv6: '' });
    expect(p.overrides.controllerManagerArgs).toEqual({ 'node-cidr-mask-size-ipv6': '80', 'allocate-node-cidrs': 'true' });
  });
  it('InitConfiguration and KubeProxyConfiguration fields, cloud-provider', () => {
    const text = `apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 192.168.10.11\n  bindPort: 6444\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    - name: cloud-provider\n      value: external\n---\n${cluster('controlPlaneEndpoint: api:6443\nnetworking:\n  podSubnet: 10.244.0.0/16\n  dnsDomain: example.local\n')}---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.0.0.0/8\n`;
    const analysis = analyzeFiles([{ path: 'k.yaml', text }]);
    const p = analysis.plan;
    expect([p.advertiseAddress, p.bindPort, p.controlPlaneEndpoint, p.dnsDomain, p.nodes.map((n) => n.name)]).toEqual(['192.168.10.11', 6444, 'api:6443', 'example.local', ['cp-1']]);
    expect(p.overrides).toMatchObject({ kubeProxyClusterCidr: '10.0.0.0/8', cloudProvider: 'external' });
    expect(p.overrides.advertiseAddressAutoDetect).toBeUndefined();
    expect(analysis.stated).toEqual([...['stack', 'primaryFamily', 'podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6', 'overrides.podSubnetOrder', 'dnsDomain', 'controlPlaneEndpoint'], 'advertiseAddress', 'bindPort', 'nodes']);
  });
  it('a join file alone states only the nodes and asks for no advertise address', () => {
    const analysis = analyzeFiles([{ path: 'j.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  name: w-1\n' }], { assume: { kubernetesVersion: '1.33', flannelVersion: '0.27.0' } });
    expect(analysis.stated).toEqual(['nodes']);
    expect(analysis.plan.overrides.advertiseAddressAutoDetect).toBeUndefined();
    expect(analysis.kubernetesVersion).toEqual({ value: '1.33', source: 'default' });
    expect(rule(analysis, 'kubernetes-version-assumed').map((d) => [d.params, d.location])).toEqual([[{ version: '1.33', basis: 'plan' }, { file: 'j.yaml' }]]);
  });
});

describe('versions', () => {
  const only = (apiVersion: string) => analyzeFiles([{ path: 'c.yaml', text: cluster('networking:\n  podSubnet: 10.244.0.0/16\n', apiVersion) }]);
  it('from the kubeadm apiVersion: the newest release that accepts it, else one that still reads it, else the newest', () => {
    expect(only('kubeadm.k8s.io/v1beta4').kubernetesVersion).toEqual({ value: '1.37', source: 'api-version', file: 'c.yaml', apiVersion: 'kubeadm.k8s.io/v1beta4' });
    expect(only('kubeadm.k8s.io/v1beta2').kubernetesVersion).toEqual({ value: '1.26', source: 'api-version', file: 'c.yaml', apiVersion: 'kubeadm.k8s.io/v1beta2' });
    expect(only('kubeadm.k8s.io/v1beta1').kubernetesVersion).toEqual({ value: '1.37', source: 'default' });
    expect(rule(only('kubeadm.k8s.io/v1beta1'), 'kubernetes-version-assumed')[0]!.params).toEqual({ version: '1.37', basis: 'default' });
    expect(rule(only('kubeadm.k8s.io/v1beta2'), 'kubernetes-version-assumed')[0]).toMatchObject({ severity: 'info', params: { version: '1.26', basis: 'api-version', apiVersion: 'kubeadm.k8s.io/v1beta2' }, location: { file: 'c.yaml' } });
    expect(only('kubeadm.k8s.io/v1beta2').stated).not.toContain('kubernetesVersion');
  });
  it('flags win, written as given when they do not parse; a kubeadm file with a version gets no note', () => {
    const text = cluster('kubernetesVersion: v1.31.4\nnetworking:\n  podSubnet: 10.244.0.0/16\n');
    const analysis = analyzeFiles([{ path: 'c.yaml', text }], { kubernetesVersion: 'next', flannelVersion: 'v0.25.1' });
    expect([analysis.kubernetesVersion, analysis.flannelVersion]).toEqual([{ value: 'next', source: 'flag' }, { value: '0.25.1', source: 'flag' }]);
    expect(analysis.scopes).toEqual(['kubeadm', 'flannel']);
    expect(analyzeFiles([{ path: 'c.yaml', text }], { flannelVersion: 'main' }).flannelVersion).toEqual({ value: 'main', source: 'flag' });
    const fromFile = analyzeFiles([{ path: 'c.yaml', text }]);
    expect(fromFile.kubernetesVersion).toEqual({ value: '1.31.4', source: 'file', file: 'c.yaml' });
    expect(fromFile.stated).toContain('kubernetesVersion');
    expect(rule(fromFile, 'kubernetes-version-assumed')).toEqual([]);
    expect(fromFile.flannelVersion).toEqual({ value: '0.28.9', source: 'default' });
    expect(fromFile.stated).not.toContain('flannelVersion');
  });
  it('the header generate writes gives both versions, in any YAML file read', () => {
    const header = '# Generated by dualstack-wizard for Kubernetes 1.29 and Flannel v0.22.3.\n';
    const analysis = analyzeFiles([{ path: 'n.yaml', text: `${header}podCidr: 10.1.0.0/16\n` }]);
    expect([analysis.kubernetesVersion, analysis.flannelVersion]).toEqual([{ value: '1.29', source: 'comment', file: 'n.yaml' }, { value: '0.22.3', source: 'comment', file: 'n.yaml' }]);
    expect(analysis.stated).toEqual(['kubernetesVersion', 'flannelVersion', 'flannel.backend', 'flannel.enableNFTables', 'stack', 'podCidr.ipv4', 'primaryFamily']);
    // Not from a file of unknown kind.
    const unknown = analyzeFiles([{ path: 'x.yaml', text: `${header}hello: world\n` }]);
    expect(unknown.kubernetesVersion.source).toBe('default');
    expect(unknown.diagnostics.map((d) => [d.rule, d.location])).toEqual([['file-kind-unknown', { file: 'x.yaml' }]]);
    expect(unknown.scopes).toEqual([]);
  });
  it('a whole manifest names the Flannel version with a note at the image line', () => {
    const text = 'apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n      - name: kube-flannel\n        image: ghcr.io/flannel-io/flannel:v0.26.4\n';
    const analysis = analyzeFiles([{ path: 'kube-flannel.yml', text }]);
    expect(analysis.flannelVersion).toEqual({ value: '0.26.4', source: 'file', file: 'kube-flannel.yml' });
    expect(rule(analysis, 'flannel-manifest-version').map((d) => [d.params, d.location])).toEqual([
      [{ version: '0.26.4', image: 'ghcr.io/flannel-io/flannel:v0.26.4' }, { file: 'kube-flannel.yml', line: 8, path: 'DaemonSet.spec.template.spec.containers.image' }],
    ]);
    expect(analysis.scopes).toEqual(['flannel']);
    // A whole manifest without --iface runs flanneld without it.
    expect(analysis.stated).toEqual(['flannelVersion', 'flannel.iface']);
  });
});

describe('net-conf.json alone', () => {
  const alone = (text: string, options = {}) => analyzeFiles([{ path: 'net-conf.json', text }], options);
  it('dual-stack: the pod networks are Flannel\'s, IPv4 primary', () => {
    const analysis = alone('{"Network":"10.1.0.0/16","EnableIPv6":true,"IPv6Network":"fd00:1::/56","Backend":{"Type":"vxlan"}}');
    expect([analysis.plan.stack, analysis.plan.primaryFamily, analysis.plan.podCidr]).toEqual(['dual', 'ipv4', { ipv4: '10.1.0.0/16', ipv6: 'fd00:1::/56' }]);
    expect(analysis.plan.flannel).toEqual({ backend: { type: 'vxlan' }, enableNFTables: false, iface: '', network: '10.1.0.0/16', ipv6Network: 'fd00:1::/56', enableIPv4: true, enableIPv6: true });
    expect(analysis.stated).toEqual(['flannel.backend', 'flannel.enableNFTables', 'stack', 'podCidr.ipv4', 'podCidr.ipv6']);
    expect(analysis.scopes).toEqual(['flannel']);
    expect(rule(analysis, 'flannel-version-assumed').map((d) => [d.params, d.location])).toEqual([[{ version: '0.28.9' }, { file: 'net-conf.json' }]]);
  });
  it('IPv6-only: IPv6 primary; the Subnet keys are kept', () => {
    const analysis = alone('{"EnableIPv4":false,"EnableIPv6":true,"IPv6Network":"fd00:1::/56","IPv6SubnetLen":72,"SubnetLen":24,"Backend":{"Type":"host-gw"}}', { assume: { kubernetesVersion: '1.33', flannelVersion: '0.27.1' } });
    expect([analysis.plan.stack, analysis.plan.primaryFamily, analysis.plan.podCidr, analysis.plan.flannel.ipv6SubnetLen, analysis.plan.flannel.subnetLen, analysis.plan.flannelVersion]).toEqual([
      'ipv6', 'ipv6', { ipv4: '', ipv6: 'fd00:1::/56' }, 72, 24, '0.27.1',
    ]);
    expect(analysis.stated).toEqual(['flannel.backend', 'flannel.enableNFTables', 'stack', 'podCidr.ipv6', 'primaryFamily']);
    expect(rule(analysis, 'flannel-version-assumed')[0]!.params).toEqual({ version: '0.27.1', basis: 'plan' });
  });
  it('JSON that does not parse: no Flannel rules, nothing stated, the plan keeps its defaults', () => {
    const analysis = alone('{"Network": ');
    expect(analysis.scopes).toEqual([]);
    expect(analysis.stated).toEqual([]);
    expect(analysis.plan.flannel.network).toBeUndefined();
    expect(analysis.diagnostics.map((d) => d.rule)).toEqual(['flannel-json-invalid']);
  });
  it('a wrong type in one key: no Flannel rules, but the rest is read', () => {
    const analysis = alone('{"Network": "10.3.0.0/16", "SubnetLen": -1}');
    expect(analysis.scopes).toEqual([]);
    expect(analysis.plan.podCidr).toEqual({ ipv4: '10.3.0.0/16', ipv6: '' });
    expect(analysis.stated).toEqual(['flannel.backend', 'flannel.enableNFTables', 'stack', 'podCidr.ipv4', 'primaryFamily']);
    expect(analysis.diagnostics.map((d) => d.rule)).toEqual(['flannel-json-type']);
  });
  it('with kubeadm\'s side, net-conf.json does not change the pod network', () => {
    const analysis = analyzeFiles([
      { path: 'net-conf.json', text: '{"Network":"10.1.0.0/16","Backend":{"Type":"vxlan"}}' },
      { path: 'c.yaml', text: cluster('networking:\n  podSubnet: 10.244.0.0/16\n') },
    ]);
    expect(analysis.plan.podCidr).toEqual({ ipv4: '10.244.0.0/16', ipv6: '' });
    expect(analysis.plan.flannel.network).toBe('10.1.0.0/16');
    expect(analysis.plan.stack).toBe('ipv4');
    expect(analysis.files).toEqual([{ path: 'net-conf.json', kind: 'net-conf', kinds: ['net-conf'] }, { path: 'c.yaml', kind: 'kubeadm', kinds: ['kubeadm'] }]);
  });
});

describe('several Flannel configurations', () => {
  const netConf = { path: 'net-conf.json', text: '{"Network":"10.1.0.0/16","Backend":{"Type":"VXLAN","VNI":1}}' };
  const manifest = (json: string, iface = '') =>
    `kind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\ndata:\n  net-conf.json: '${json}'\n---\nkind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n      - image: flannel:v0.25.0\n${iface ? `        args: ["--iface=${iface}"]\n` : ''}`;
  it('net-conf.json is checked over a whole manifest; the same values written differently are no difference', () => {
    const analysis = analyzeFiles([{ path: 'a-kube-flannel.yml', text: manifest('{"Backend":{"VNI":1,"Type":"vxlan"},"Network":"10.1.0.0/16"}', 'eth1') }, netConf]);
    expect(analysis.plan.flannel.backend).toEqual({ type: 'VXLAN', vni: 1 });
    expect(analysis.plan.flannel.iface).toBe('eth1');
    expect(rule(analysis, 'flannel-net-conf-differs')).toEqual([]);
    expect(analysis.flannelVersion).toEqual({ value: '0.25.0', source: 'file', file: 'a-kube-flannel.yml' });
  });
  it('a difference names the keys, at the first differing key of the other file', () => {
    const analysis = analyzeFiles([{ path: 'kube-flannel.yml', text: manifest('{"Network":"10.2.0.0/16","EnableNFTables":true,"Backend":{"Type":"vxlan","VNI":1}}') }, netConf]);
    expect(rule(analysis, 'flannel-net-conf-differs').map((d) => [d.severity, d.params, d.location])).toEqual([
      ['warning', { used: 'net-conf.json', other: 'kube-flannel.yml', keys: 'Network, EnableNFTables' }, { file: 'kube-flannel.yml', line: 5, path: 'ConfigMap.data.net-conf.json.Network' }],
    ]);
  });
  it('only --iface from a manifest without a net-conf.json', () => {
    const text = 'kind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n      - image: flannel:v0.25.0\n        args: ["--iface=eth9"]\n';
    const analysis = analyzeFiles([{ path: 'ds.yaml', text }]);
    expect(analysis.plan.flannel.iface).toBe('eth9');
    expect(analysis.stated).toEqual(['flannelVersion', 'flannel.iface']);
  });
  it('--iface from a kustomization\'s DaemonSet patch; a kustomization of the manifest without one states there is none', () => {
    const head = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml\n';
    const patch = 'patches:\n  - target: {kind: DaemonSet, name: kube-flannel-ds}\n    patch: \'[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--iface=ens3"}]\'\n';
    const patched = analyzeFiles([{ path: 'kustomization.yaml', text: `${head}${patch}` }]);
    expect([patched.plan.flannel.iface, patched.stated]).toEqual(['ens3', ['flannelVersion', 'flannel.iface']]);
    const plain = analyzeFiles([{ path: 'kustomization.yaml', text: head }]);
    expect([plain.plan.flannel.iface, plain.stated]).toEqual(['', ['flannelVersion', 'flannel.iface']]);
    // A ConfigMap alone says nothing of the DaemonSet it is applied under.
    const configMap = analyzeFiles([{ path: 'cm.yaml', text: 'kind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\ndata:\n  net-conf.json: \'{"Network":"10.1.0.0/16"}\'\n' }]);
    expect(configMap.stated).not.toContain('flannel.iface');
  });
  it('a rule about Flannel with no field of its own points at the net-conf.json', () => {
    const analysis = analyzeFiles([{ path: 'n.json', text: '{"Network":"10.1.0.0/16","Backend":{"Type":"udp"}}' }]);
    const flannelRules = analysis.diagnostics.filter((d) => d.component === 'flannel' && d.location === undefined);
    expect(flannelRules).toEqual([]);
  });
});
