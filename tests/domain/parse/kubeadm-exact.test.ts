// kubeadm YAML → the kubeadm side of a plan: exact values, diagnostics and the line of every field.
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { ENGLISH } from '../../../src/content/en';
import { ZH_RULES } from '../../../src/content/zh';
import { analyzeFiles } from '../../../src/domain/parse/files';
import { isKubeadmDocument, listFamilies, parseKubeadm } from '../../../src/domain/parse/kubeadm';
import { explanation, message } from '../../helpers';

const V1BETA3 = [
  'apiVersion: kubeadm.k8s.io/v1beta3',
  'kind: JoinConfiguration',
  'controlPlane:',
  '  localAPIEndpoint: {}',
  'discovery:',
  '  bootstrapToken:',
  '    apiServerEndpoint: "[fd00::11]:6443"',
  'nodeRegistration:',
  '  kubeletExtraArgs:',
  '    node-ip: "fd00::12, 192.168.10.12,fd00::99"',
  '    cloud-provider: external',
  '---',
  'apiVersion: kubeadm.k8s.io/v1beta3',
  'kind: InitConfiguration',
  'localAPIEndpoint:',
  '  advertiseAddress: 192.168.10.11',
  '  bindPort: "6443"',
  'nodeRegistration:',
  '  name: cp-1',
  '---',
  'apiVersion: kubeadm.k8s.io/v1beta3',
  'kind: ClusterConfiguration',
  'kubernetesVersion: v1.30.2',
  'controlPlaneEndpoint: 5',
  'networking:',
  '  podSubnet: 10.244.0.0/16,fd00:10:244::/56',
  '  serviceSubnet: [x]',
  'controllerManager:',
  '  extraArgs:',
  '    - name: node-cidr-mask-size-ipv4',
  '      value: 24',
  '---',
  'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
  'kind: KubeProxyConfiguration',
  'clusterCIDR: 10.244.0.0/16',
  '',
].join('\n');

describe('parseKubeadm', () => {
  // Parsed inside each test, never at collection, so mutation testing sees which test reads what.
  const parsed = () => parseKubeadm(V1BETA3, 'k.yaml');

  it('reads every field, the init node first whatever the document order', () => {
    expect(parsed().side).toEqual({
      hasInitOrCluster: true,
      hasInit: true,
      hasCluster: true,
      apiVersion: 'kubeadm.k8s.io/v1beta3',
      // As written: analyzeFiles reads the release, the import panel compares what the wizard writes with it.
      kubernetesVersion: 'v1.30.2',
      podSubnet: '10.244.0.0/16,fd00:10:244::/56',
      controlPlaneEndpoint: '5',
      advertiseAddress: '192.168.10.11',
      // "6443" is a decode error (below); Go's decoder skips the field, so no bindPort is read.
      controllerManagerArgs: { 'node-cidr-mask-size-ipv4': '24' },
      kubeProxyClusterCidr: '10.244.0.0/16',
      cloudProvider: 'external',
      nodes: [
        { name: 'cp-1', role: 'control-plane', ipv4: '', ipv6: '', nodeIp: '' },
        { name: 'node-1', role: 'control-plane', ipv4: '192.168.10.12', ipv6: 'fd00::12', nodeIp: 'fd00::12, 192.168.10.12,fd00::99', joinEndpoint: '[fd00::11]:6443' },
      ],
    });
  });

  it('a string where kubeadm wants a number, a number where it wants a string, a list where it wants a string, list-shaped args in v1beta3', () => {
    expect(parsed().diagnostics.map((d) => [d.rule, d.severity, d.params, d.location])).toEqual([
      ['kubeadm-bind-port', 'error', { hint: 'type', found: 'string', goKind: 'string', value: '"6443"', port: '6443' }, { file: 'k.yaml', line: 17, path: 'InitConfiguration.localAPIEndpoint.bindPort' }],
      ['kubeadm-field-type', 'error', { field: 'ClusterConfiguration.controlPlaneEndpoint', expected: 'a quoted string', found: 'number', goKind: 'number', value: '5' }, { file: 'k.yaml', line: 24, path: 'ClusterConfiguration.controlPlaneEndpoint' }],
      ['kubeadm-field-type', 'error', { field: 'ClusterConfiguration.networking.serviceSubnet', expected: 'a string', found: 'list', goKind: 'array', value: '' }, { file: 'k.yaml', line: 27, path: 'ClusterConfiguration.networking.serviceSubnet' }],
      [
        'kubeadm-extra-args-shape',
        'error',
        { field: 'ClusterConfiguration.controllerManager.extraArgs', found: 'list', expected: 'map', apiVersion: 'kubeadm.k8s.io/v1beta3' },
        { file: 'k.yaml', line: 29, path: 'ClusterConfiguration.controllerManager.extraArgs' },
      ],
    ]);
  });

  it('the line of every field, falling back to the object that would hold it', () => {
    const at = (line: number, path: string) => ({ file: 'k.yaml', line, path });
    expect(Object.fromEntries(parsed().locations)).toEqual({
      kubernetesVersion: at(23, 'ClusterConfiguration.kubernetesVersion'),
      advertiseAddress: at(16, 'InitConfiguration.localAPIEndpoint.advertiseAddress'),
      bindPort: at(17, 'InitConfiguration.localAPIEndpoint.bindPort'),
      controlPlaneEndpoint: at(24, 'ClusterConfiguration.controlPlaneEndpoint'),
      podCidr: at(26, 'ClusterConfiguration.networking.podSubnet'),
      'podCidr.ipv4': at(26, 'ClusterConfiguration.networking.podSubnet'),
      'podCidr.ipv6': at(26, 'ClusterConfiguration.networking.podSubnet'),
      serviceCidr: at(27, 'ClusterConfiguration.networking.serviceSubnet'),
      'serviceCidr.ipv4': at(27, 'ClusterConfiguration.networking.serviceSubnet'),
      'serviceCidr.ipv6': at(27, 'ClusterConfiguration.networking.serviceSubnet'),
      dnsDomain: at(25, 'ClusterConfiguration.networking.dnsDomain'),
      'nodeMask.ipv4': at(30, 'ClusterConfiguration.controllerManager.extraArgs.0'),
      'nodeMask.ipv6': at(28, 'ClusterConfiguration.controllerManager'),
      kubeProxyClusterCidr: at(35, 'KubeProxyConfiguration.clusterCIDR'),
      'nodes.0.nodeIp': at(18, 'InitConfiguration.nodeRegistration'),
      'nodes.0.ipv4': at(18, 'InitConfiguration.nodeRegistration'),
      'nodes.0.ipv6': at(18, 'InitConfiguration.nodeRegistration'),
      'nodes.0.name': at(19, 'InitConfiguration.nodeRegistration.name'),
      'nodes.1.nodeIp': at(10, 'JoinConfiguration.nodeRegistration.kubeletExtraArgs.node-ip'),
      'nodes.1.ipv4': at(10, 'JoinConfiguration.nodeRegistration.kubeletExtraArgs.node-ip'),
      'nodes.1.ipv6': at(10, 'JoinConfiguration.nodeRegistration.kubeletExtraArgs.node-ip'),
      'nodes.1.name': at(8, 'JoinConfiguration.nodeRegistration.name'),
      'nodes.1.joinEndpoint': at(7, 'JoinConfiguration.discovery.bootstrapToken.apiServerEndpoint'),
    });
  });

  it('v1beta4 args: a list, the last of a name wins, items without a string name are skipped, only scalars become text', () => {
    const text = [
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: ClusterConfiguration',
      'controllerManager:',
      '  extraArgs:',
      '    - name: node-cidr-mask-size-ipv6',
      '      value: "64"',
      '    - value: x',
      '    - name: 5',
      '      value: y',
      '    - name: node-cidr-mask-size-ipv6',
      '      value: "80"',
      '    - name: flag',
      '      value: [a]',
      '    - name: on',
      '      value: true',
      '',
    ].join('\n');
    const result = parseKubeadm(text, 'b4.yaml');
    expect(result.side.controllerManagerArgs).toEqual({ 'node-cidr-mask-size-ipv6': '80', flag: '', on: 'true' });
    expect(result.diagnostics).toEqual([]);
    expect(result.locations.get('nodeMask.ipv6')).toEqual({ file: 'b4.yaml', line: 10, path: 'ClusterConfiguration.controllerManager.extraArgs.3' });
    // No ClusterConfiguration fields given: their lines are those of the objects, else of kind.
    expect(result.locations.get('podCidr')).toEqual({ file: 'b4.yaml', line: 2, path: 'ClusterConfiguration.networking.podSubnet' });
    expect(result.locations.get('kubernetesVersion')).toEqual({ file: 'b4.yaml', line: 1, path: 'ClusterConfiguration.apiVersion' });
    expect(result.side).toMatchObject({ hasInitOrCluster: true, hasInit: false, hasCluster: true, nodes: [] });
  });

  it('args shapes: a map in v1beta4, a scalar anywhere; no check for an apiVersion this tool does not know', () => {
    const shape = (apiVersion: string, args: string) =>
      parseKubeadm(`apiVersion: ${apiVersion}\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs: ${args}\n`, 'f').diagnostics.map((d) => [d.rule, d.params]);
    expect(shape('kubeadm.k8s.io/v1beta4', '{node-ip: 10.0.0.1}')).toEqual([['kubeadm-extra-args-shape', { field: 'InitConfiguration.nodeRegistration.kubeletExtraArgs', found: 'map', expected: 'list', apiVersion: 'kubeadm.k8s.io/v1beta4' }]]);
    expect(shape('kubeadm.k8s.io/v1beta3', 'node-ip')).toEqual([['kubeadm-extra-args-shape', { field: 'InitConfiguration.nodeRegistration.kubeletExtraArgs', found: 'other', expected: 'map', apiVersion: 'kubeadm.k8s.io/v1beta3' }]]);
    expect(shape('kubeadm.k8s.io/v1beta2', '[]')).toEqual([['kubeadm-extra-args-shape', { field: 'InitConfiguration.nodeRegistration.kubeletExtraArgs', found: 'list', expected: 'map', apiVersion: 'kubeadm.k8s.io/v1beta2' }]]);
    expect(shape('kubeadm.k8s.io/v1beta9', '[]')).toEqual([]);
    expect(shape('kubeadm.k8s.io/v1beta4', 'null')).toEqual([]);
  });

  it('the node in a v1beta4 file: node-ip from the list, the first address of each family, a join without controlPlane is a worker', () => {
    const text = [
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: JoinConfiguration',
      'nodeRegistration:',
      '  name: w-1',
      '  kubeletExtraArgs:',
      '    - name: node-ip',
      '      value: 192.168.10.21,192.168.10.22,fd00::21',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: JoinConfiguration',
      'controlPlane: null',
      '---',
      'apiVersion: kubeadm.k8s.io/v1beta4',
      'kind: InitConfiguration',
      'localAPIEndpoint:',
      '  bindPort: 6444',
      '',
    ].join('\n');
    const result = parseKubeadm(text, 'j.yaml');
    expect(result.side.nodes).toEqual([
      { name: 'control-plane', role: 'control-plane', ipv4: '', ipv6: '', nodeIp: '' },
      { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00::21', nodeIp: '192.168.10.21,192.168.10.22,fd00::21' },
      { name: 'node-2', role: 'worker', ipv4: '', ipv6: '', nodeIp: '' },
    ]);
    expect(result.side).toMatchObject({ bindPort: 6444, hasInit: true });
    expect(result.side.advertiseAddress).toBeUndefined();
    expect(result.locations.get('advertiseAddress')).toEqual({ file: 'j.yaml', line: 15, path: 'InitConfiguration.localAPIEndpoint.advertiseAddress' });
    expect(result.locations.get('nodes.1.nodeIp')).toEqual({ file: 'j.yaml', line: 6, path: 'JoinConfiguration.nodeRegistration.kubeletExtraArgs.0' });
    expect(result.locations.get('nodes.2.joinEndpoint')).toEqual({ file: 'j.yaml', line: 10, path: 'JoinConfiguration.discovery.bootstrapToken.apiServerEndpoint' });
    expect(result.locations.get('kubernetesVersion')).toEqual({ file: 'j.yaml', line: 1, path: 'JoinConfiguration.apiVersion' });
  });

  it('a kubernetesVersion that does not parse is kept as written; null fields are absent', () => {
    const result = parseKubeadm('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: stable-1.25\nnetworking:\n  podSubnet: null\n  dnsDomain: example.local\n', 'c.yaml');
    expect(result.side).toMatchObject({ kubernetesVersion: 'stable-1.25', dnsDomain: 'example.local' });
    expect(result.side.podSubnet).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
  });

  it('YAML that does not load is one diagnostic, at its line', () => {
    const result = parseKubeadm('apiVersion: kubeadm.k8s.io/v1beta3\nkind: [\n', 'bad.yaml');
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.location])).toEqual([['kubeadm-yaml-invalid', 'error', { file: 'bad.yaml', line: 3 }]]);
    expect(result.side).toEqual({ hasInitOrCluster: false, hasInit: false, controllerManagerArgs: {}, nodes: [] });
    expect(result.locations.size).toBe(0);
  });

  it('documents that are not maps, and kinds it does not read, are skipped', () => {
    const result = parseKubeadm('- a\n---\napiVersion: kubeadm.k8s.io/v1beta3\nkind: ResetConfiguration\n---\nkind: KubeletConfiguration\n', 'x.yaml');
    expect(result.side).toEqual({ hasInitOrCluster: false, hasInit: false, controllerManagerArgs: {}, nodes: [], apiVersion: 'kubeadm.k8s.io/v1beta3' });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('isKubeadmDocument and listFamilies', () => {
  it('a kubeadm.k8s.io apiVersion or one of the three kinds', () => {
    expect([{ apiVersion: 'kubeadm.k8s.io/v1beta4' }, { kind: 'InitConfiguration' }, { kind: 'ClusterConfiguration' }, { kind: 'JoinConfiguration', apiVersion: 5 }].map(isKubeadmDocument)).toEqual([true, true, true, true]);
    expect([{ apiVersion: 'x.kubeadm.k8s.io/v1' }, { kind: 'KubeProxyConfiguration' }, { kind: 5 }, [{ kind: 'InitConfiguration' }], 'InitConfiguration', null].map(isKubeadmDocument)).toEqual(Array(6).fill(false));
  });
  it('the families of a comma list, in order, each once; pieces that do not parse are skipped', () => {
    expect(listFamilies('fd00::/56,10.0.0.0/16,fd01::/56,x')).toEqual(['ipv6', 'ipv4']);
    // kubeadm does not trim a space, so neither does this.
    expect(listFamilies('fd00::/56, 10.0.0.0/16')).toEqual(['ipv6']);
    expect(listFamilies('')).toEqual([]);
    expect(listFamilies(undefined)).toEqual([]);
    expect(listFamilies('x,10.0.0.0/16')).toEqual(['ipv4']);
  });
});

describe('a bindPort that is not a number says what it is (issue 18)', () => {
  const init = (value: string): string =>
    ['apiVersion: kubeadm.k8s.io/v1beta4', 'kind: InitConfiguration', 'localAPIEndpoint:', '  advertiseAddress: 192.168.10.11', `  bindPort: ${value}`, ''].join('\n');
  const read = (value: string) => {
    const analysis = analyzeFiles([{ path: 'init.yaml', text: init(value) }]);
    return { analysis, found: analysis.diagnostics.filter((d) => d.rule === 'kubeadm-bind-port') };
  };

  it.each([
    ['"6443"', 'bindPort is the string "6443"; kubeadm wants a number', 'bindPort 是字符串 "6443"；kubeadm 需要数字', 'string', '`bindPort: 6443`'],
    ["'eighty'", 'bindPort is the string "eighty"; kubeadm wants a number', 'bindPort 是字符串 "eighty"；kubeadm 需要数字', 'string', '`bindPort: 6443`'],
    ['true', 'bindPort is the boolean true; kubeadm wants a number', 'bindPort 是布尔值 true；kubeadm 需要数字', 'bool', '`bindPort: 6443`'],
    ['[6443]', 'bindPort is a list; kubeadm wants a number', 'bindPort 是列表；kubeadm 需要数字', 'array', '`bindPort: 6443`'],
    ['{port: 6443}', 'bindPort is a map; kubeadm wants a number', 'bindPort 是映射；kubeadm 需要数字', 'object', '`bindPort: 6443`'],
    ['"8443"', 'bindPort is the string "8443"; kubeadm wants a number', 'bindPort 是字符串 "8443"；kubeadm 需要数字', 'string', '`bindPort: 8443`'],
  ])('bindPort: %s', (value, en, zh, goKind, fix) => {
    const { analysis, found } = read(value);
    // One diagnostic, at the line, in both languages; the rule on the plan adds none (the plan keeps kubeadm's default).
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect([d.severity, d.location]).toEqual(['error', { file: 'init.yaml', line: 5, path: 'InitConfiguration.localAPIEndpoint.bindPort' }]);
    expect(message(d)).toBe(en);
    expect(describeDiagnostic(d, ZH_RULES).message).toBe(zh);
    expect(explanation(d)).toContain(`\`kubeadm init\` stops with "json: cannot unmarshal ${goKind} into Go struct field APIEndpoint.localAPIEndpoint.bindPort of type int32"`);
    expect(describeDiagnostic(d, ZH_RULES).explanation).toContain(`"json: cannot unmarshal ${goKind} into Go struct field APIEndpoint.localAPIEndpoint.bindPort of type int32"`);
    expect(describeDiagnostic(d, ENGLISH).fix).toBe(`Write bindPort as a number, without quotes: ${fix}.`);
    expect(describeDiagnostic(d, ZH_RULES).fix).toBe(`把 bindPort 写成不带引号的数字：${fix}。`);
    expect(analysis.plan.bindPort).toBe(6443);
  });

  it('null is no value to Go\'s decoder: kubeadm\'s 6443, no problem; 70000 is out of range, "70000" a string whose fix is 6443', () => {
    expect(read('null').found).toEqual([]);
    expect(read('null').analysis.plan.bindPort).toBe(6443);
    expect(read('70000').found.map(message)).toEqual(['bindPort 70000 is not a port number']);
    const quoted = read('"70000"').found;
    expect(quoted.map(message)).toEqual(['bindPort is the string "70000"; kubeadm wants a number']);
    expect(describeDiagnostic(quoted[0]!, ENGLISH).fix).toBe('Write bindPort as a number, without quotes: `bindPort: 6443`.');
  });
});

describe('a string field of another type says what it is (issue 18)', () => {
  const cluster = (line: string): string => ['apiVersion: kubeadm.k8s.io/v1beta4', 'kind: ClusterConfiguration', line, ''].join('\n');
  const read = (line: string) => analyzeFiles([{ path: 'c.yaml', text: cluster(line) }]).diagnostics.filter((d) => d.rule === 'kubeadm-field-type');

  it.each([
    ['kubernetesVersion: 1.33', 'ClusterConfiguration.kubernetesVersion is the number 1.33; kubeadm wants a quoted string', 'ClusterConfiguration.kubernetesVersion 是数字 1.33；kubeadm 需要带引号的字符串', 'number'],
    // As written, not as JavaScript prints the number it reads (1.3, 16, Infinity).
    ['kubernetesVersion: 1.30  # the minor', 'ClusterConfiguration.kubernetesVersion is the number 1.30; kubeadm wants a quoted string', 'ClusterConfiguration.kubernetesVersion 是数字 1.30；kubeadm 需要带引号的字符串', 'number'],
    ['controlPlaneEndpoint: 0x10', 'ClusterConfiguration.controlPlaneEndpoint is the number 0x10; kubeadm wants a quoted string', 'ClusterConfiguration.controlPlaneEndpoint 是数字 0x10；kubeadm 需要带引号的字符串', 'number'],
    ['controlPlaneEndpoint: .inf', 'ClusterConfiguration.controlPlaneEndpoint is the number .inf; kubeadm wants a quoted string', 'ClusterConfiguration.controlPlaneEndpoint 是数字 .inf；kubeadm 需要带引号的字符串', 'number'],
    ['networking: {dnsDomain: 1.50}', 'ClusterConfiguration.networking.dnsDomain is the number 1.5; kubeadm wants a quoted string', 'ClusterConfiguration.networking.dnsDomain 是数字 1.5；kubeadm 需要带引号的字符串', 'number'],
    ['networking:\n  dnsDomain: true', 'ClusterConfiguration.networking.dnsDomain is the boolean true; kubeadm wants a quoted string', 'ClusterConfiguration.networking.dnsDomain 是布尔值 true；kubeadm 需要带引号的字符串', 'bool'],
    ['controlPlaneEndpoint: [a, b]', 'ClusterConfiguration.controlPlaneEndpoint is a list; kubeadm wants a string', 'ClusterConfiguration.controlPlaneEndpoint 是列表；kubeadm 需要字符串', 'array'],
    ['controlPlaneEndpoint: {host: a}', 'ClusterConfiguration.controlPlaneEndpoint is a map; kubeadm wants a string', 'ClusterConfiguration.controlPlaneEndpoint 是映射；kubeadm 需要字符串', 'object'],
  ])('%s', (line, en, zh, goKind) => {
    const found = read(line);
    expect(found).toHaveLength(1);
    expect(message(found[0]!)).toBe(en);
    if (line.startsWith('kubernetesVersion: 1.30')) expect(analyzeFiles([{ path: 'c.yaml', text: cluster(line) }]).plan.kubernetesVersion).toBe('1.30');
    expect(describeDiagnostic(found[0]!, ZH_RULES).message).toBe(zh);
    expect(explanation(found[0]!)).toContain(`"json: cannot unmarshal ${goKind} into Go struct field … of type string"`);
  });
});
