import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, detectKind } from '../../../src/domain/parse/files';
import { parseNetConf } from '../../../src/domain/parse/net-conf';
import { keyLines, loadYaml } from '../../../src/domain/parse/yaml';

const origin = { file: 'net-conf.json', firstLine: 1, pathPrefix: '' };
const rules = (text: string, version = '0.28.9') => parseNetConf(text, origin, version).diagnostics.map((d) => d.rule);

describe('net-conf.json as Flannel reads it', () => {
  it('keys are case-insensitive and the last duplicate wins', () => {
    const parsed = parseNetConf('{"network":"10.244.0.0/16","ipv6network":"fd00::/56","enableipv6":true,"EnableIPv6":false,"backend":{"type":"VXLAN","vni":4}}', origin, '0.28.9');
    expect(parsed.flannel).toMatchObject({ network: '10.244.0.0/16', ipv6Network: 'fd00::/56', enableIPv6: false, enableIPv4: true, backend: { type: 'VXLAN', vni: 4 } });
    expect(parsed.diagnostics).toEqual([]);
  });
  it('a missing Backend is null (udp), EnableIPv4 defaults to true', () => {
    expect(parseNetConf('{"Network":"10.244.0.0/16"}', origin, '0.28.9').flannel).toMatchObject({ backend: null, enableIPv4: true, enableIPv6: false });
  });
  it('unknown keys are ignored by Flannel, so we warn and suggest', () => {
    const parsed = parseNetConf('{"Network":"10.244.0.0/16","EnableIP6":true,"Backend":{"Type":"vxlan","VNl":1}}', origin, '0.28.9');
    expect(parsed.diagnostics.map((d) => [d.rule, d.params.key, d.params.suggestion])).toEqual([
      ['flannel-unknown-key', 'EnableIP6', 'EnableIPv6'],
      ['flannel-unknown-key', 'Backend.VNl', 'VNI'],
    ]);
  });
  it('wrong JSON types are errors with Go\'s wording', () => {
    const parsed = parseNetConf('{\n  "Network": "10.244.0.0/16",\n  "EnableIPv6": "true",\n  "SubnetLen": -1\n}', origin, '0.28.9');
    expect(parsed.diagnostics.map((d) => [d.rule, d.params.key, d.params.found, d.location?.line])).toEqual([
      ['flannel-json-type', 'EnableIPv6', 'string', 3],
      ['flannel-json-type', 'SubnetLen', 'number', 4],
    ]);
    expect(rules('{"Backend":"vxlan"}')).toEqual(['flannel-backend-not-object']);
    expect(rules('[1,2]')).toEqual(['flannel-json-type']);
  });
  it('invalid JSON is a diagnostic with a line', () => {
    const parsed = parseNetConf('{\n  "Network": "10.244.0.0/16",\n}', origin, '0.28.9');
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'flannel-json-invalid', location: { line: 3 } });
  });
  it('Networks/IPv6Networks depend on the version', () => {
    const text = '{"Networks":["10.244.0.0/16"],"Backend":{"Type":"vxlan"}}';
    const outcome = (v: string) => parseNetConf(text, origin, v).diagnostics[0]!.params.outcome;
    expect([outcome('0.19.2'), outcome('0.20.1'), outcome('0.21.0'), outcome('0.24.4'), outcome('0.25.0')]).toEqual(['ignored', 'honoured', 'reset', 'reset', 'ignored']);
  });
});

describe('YAML positions', () => {
  it('gives the line of nested keys and list items per document', () => {
    const lines = keyLines('a: 1\n---\nkind: X\nnetworking:\n  podSubnet: x\nargs:\n- name: n\n  value: v\n');
    expect(lines[1]!.get('networking.podSubnet')).toBe(5);
    expect(lines[1]!.get('args.0')).toBe(7);
    expect(lines[1]!.get('args.0.value')).toBe(8);
  });
  it('alias bombs are never expanded and deep nesting is refused', () => {
    const level = (i: number) => String.fromCharCode(97 + i);
    const bomb = (levels: number, width: number) =>
      ['a: &a ["x","x"]', ...Array.from({ length: levels }, (_, i) => `${level(i + 1)}: &${level(i + 1)} [${Array(width).fill(`*${level(i)}`).join(',')}]`)].join('\n');
    expect(loadYaml(bomb(12, 9))).toMatchObject({ ok: false });
    // Under the alias limit the document loads with shared references; reading it stays cheap.
    const small = `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n${bomb(6, 9)}\ncontrollerManager:\n  extraArgs:\n    x: *g\nnetworking:\n  podSubnet: *g\n`;
    const result = analyzeFiles([{ path: 'bomb.yaml', text: small }]);
    expect(result.diagnostics.some((d) => d.rule === 'kubeadm-field-type')).toBe(true);
    expect(loadYaml(`${'['.repeat(500)}${']'.repeat(500)}`).ok).toBe(false);
    expect(loadYaml('x'.repeat(2 * 1024 * 1024))).toMatchObject({ ok: false });
  });
});

describe('file detection and the combined plan', () => {
  it('detects kinds by content', () => {
    expect(detectKind('{"Network":"10.244.0.0/16"}')).toBe('net-conf');
    expect(detectKind('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n')).toBe('kubeadm');
    expect(detectKind('kind: ConfigMap\ndata:\n  net-conf.json: "{}"\n')).toBe('flannel-manifest');
    expect(detectKind('hello: world\n')).toBe('unknown');
    expect(detectKind('apiVersion: kubeadm.k8s.io/v1beta4\nkind: [\n')).toBe('kubeadm');
  });
  it('reads a v1beta4 file with list-shaped args, and flags a map in v1beta4', () => {
    const good = analyzeFiles([{ path: 'k.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\ncontrollerManager:\n  extraArgs:\n  - name: node-cidr-mask-size-ipv6\n    value: "80"\n' }]);
    expect(good.plan.nodeMask.ipv6).toBe('80');
    const bad = analyzeFiles([{ path: 'k.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncontrollerManager:\n  extraArgs:\n    node-cidr-mask-size-ipv6: "80"\n' }]);
    const shape = bad.diagnostics.find((d) => d.rule === 'kubeadm-extra-args-shape')!;
    expect(shape.params).toMatchObject({ found: 'map', expected: 'list' });
    expect(shape.location).toMatchObject({ file: 'k.yaml', line: 4 });
  });
  it('reads kube-flannel.yml: net-conf.json with lines inside the block, and the image tag', () => {
    const manifest = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: kube-flannel-cfg',
      '  namespace: kube-flannel',
      'data:',
      '  net-conf.json: |',
      '    {',
      '      "Network": "fd00:10:244::/56",',
      '      "Backend": {"Type": "vxlan"}',
      '    }',
      '---',
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: kube-flannel',
      '        image: ghcr.io/flannel-io/flannel:v0.28.8',
      '        args: ["--ip-masq", "--kube-subnet-mgr", "--iface=eth1"]',
    ].join('\n');
    const result = analyzeFiles([{ path: 'kube-flannel.yml', text: manifest }]);
    expect(result.flannelVersion).toEqual({ value: '0.28.8', source: 'file', file: 'kube-flannel.yml' });
    expect(result.plan.flannel.iface).toBe('eth1');
    const d = result.diagnostics.find((x) => x.rule === 'flannel-network-not-ipv4')!;
    expect(d).toMatchObject({ params: { outcome: 'panic' }, location: { file: 'kube-flannel.yml', line: 9 } });
  });
  it('version flags win over files', () => {
    const result = analyzeFiles([{ path: 'k.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: v1.30.1\n' }], { kubernetesVersion: 'v1.33.2' });
    expect(result.kubernetesVersion).toEqual({ value: '1.33.2', source: 'flag' });
  });
  it('random text in any file never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('json', 'yaml'), (text, kind) => {
        const body = kind === 'json' ? `{${text}` : `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n${text}`;
        analyzeFiles([{ path: 'x', text: body }]);
      }),
      { numRuns: 500 },
    );
  });
});
