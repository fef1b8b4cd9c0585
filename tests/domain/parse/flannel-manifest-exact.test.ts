// kube-flannel.yml: net-conf.json from the kube-flannel-cfg ConfigMap (and where its JSON starts), the version from
// the DaemonSet's flannel image, --iface from args or command.
import { describe, expect, it } from 'vitest';
import { isFlannelManifestDocument, readFlannelManifest } from '../../../src/domain/parse/flannel-manifest';
import { loadYaml } from '../../../src/domain/parse/yaml';

const read = (text: string) => {
  const loaded = loadYaml(text);
  if (!loaded.ok) throw new Error(loaded.error);
  return readFlannelManifest(text, loaded);
};
const configMap = (netConf: string, namespace = '  namespace: kube-flannel\n') => `kind: ConfigMap\nmetadata:\n  name: kube-flannel-cfg\n${namespace}data:\n  cni-conf.json: "{}"\n${netConf}`;
const daemonSet = (containers: string) => `apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec:\n${containers}`;

describe('net-conf.json from the ConfigMap', () => {
  it('a block scalar starts on the line after its key, whatever its indicators', () => {
    for (const indicator of ['|', '|-', '|+', '>', '|2', '>-  ']) {
      expect(read(configMap(`  net-conf.json: ${indicator}\n    {"Network": "10.1.0.0/16"}\n`)).netConf).toMatchObject({ firstLine: 8, namespace: 'kube-flannel' });
    }
  });
  it('a quoted or flow value is on the key\'s own line', () => {
    expect(read(configMap('  net-conf.json: \'{"Network": "10.1.0.0/16"}\'\n', ''))).toEqual({ netConf: { text: '{"Network": "10.1.0.0/16"}', firstLine: 6, namespace: '' } });
    expect(read(configMap('  net-conf.json: "|"\n')).netConf).toEqual({ text: '|', firstLine: 7, namespace: 'kube-flannel' });
  });
  it('the first ConfigMap with a net-conf.json string is read; a namespace that is not a string is none', () => {
    const text = `kind: ConfigMap\ndata:\n  other: x\n---\n${configMap('  net-conf.json: \'{"A": 1}\'\n', '  namespace: 5\n')}---\n${configMap('  net-conf.json: \'{"B": 2}\'\n')}`;
    expect(read(text).netConf).toEqual({ text: '{"A": 1}', firstLine: 11, namespace: '' });
    expect(text.split('\n')[10]).toBe('  net-conf.json: \'{"A": 1}\'');
    expect(read('kind: ConfigMap\ndata:\n  net-conf.json: 5\n')).toEqual({});
    expect(read('kind: Secret\ndata:\n  net-conf.json: "{}"\n')).toEqual({});
  });
});

describe('the version from the flannel image', () => {
  it('the first flannel image gives the version, the image and its line', () => {
    const text = daemonSet(
      '      initContainers:\n      - name: install-cni-plugin\n        image: ghcr.io/flannel-io/flannel-cni-plugin:v1.7.1-flannel1\n      - name: install-cni\n        image: ghcr.io/flannel-io/flannel:v0.28.9\n      containers:\n      - name: kube-flannel\n        image: docker.io/flannel/flannel:v0.28.8\n',
    );
    // containers before initContainers.
    expect(read(text)).toEqual({ version: '0.28.8', image: 'docker.io/flannel/flannel:v0.28.8', imageLine: 13 });
    expect(text.split('\n')[12]).toBe('        image: docker.io/flannel/flannel:v0.28.8');
  });
  it('a tag with or without v, with a suffix; not the CNI plugin, not another name ending in flannel', () => {
    const version = (image: string) => read(daemonSet(`      containers:\n      - image: ${image}\n`)).version;
    expect(['flannel:v0.22.0', 'quay.io/coreos/flannel:0.15.1', 'flannel:v0.26.1-rc1'].map(version)).toEqual(['0.22.0', '0.15.1', '0.26.1']);
    expect(['flannel-cni-plugin:v1.1.0', 'myflannel:v0.22.0', 'flannel:latest', 'flannel:v1000.0.0'].map(version)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('an image whose version does not parse is passed over for the next one', () => {
    const text = daemonSet('      containers:\n      - image: flannel:v1000.0.0\n      - image: flannel:v0.21.5\n');
    expect(read(text)).toEqual({ version: '0.21.5', image: 'flannel:v0.21.5', imageLine: 8 });
  });
  it('the line is the first image key whose line holds that image', () => {
    const text = `${daemonSet('      containers:\n      - name: sidecar\n        image: busybox\n      - name: kube-flannel\n        image: flannel:v0.25.0\n')}---\nkind: Pod\nimage: flannel:v0.25.0\n`;
    expect(read(text).imageLine).toBe(10);
  });
});

describe('--iface', () => {
  it('from args or command; the last one wins across containers', () => {
    const text = daemonSet(
      '      containers:\n      - image: flannel:v0.25.0\n        command: ["/opt/bin/flanneld", "--iface=eth0"]\n        args: ["--ip-masq", "--iface=eth1", 7, "x--iface=eth9"]\n      - image: busybox\n        command: ["--iface=eth2"]\n',
    );
    expect(read(text).iface).toBe('eth2');
    expect(read(daemonSet('      containers:\n      - image: flannel:v0.25.0\n        args: ["--iface=eth1"]\n        command: ["--iface=eth0"]\n')).iface).toBe('eth0');
    expect(read(daemonSet('      containers:\n      - image: flannel:v0.25.0\n        args: "--iface=eth1"\n')).iface).toBeUndefined();
  });
  it("as Go's flag package reads it: one dash or two, the value after = or as the next argument", () => {
    const iface = (args: unknown[]) => read(daemonSet(`      containers:\n      - image: flannel:v0.25.0\n        args: ${JSON.stringify(args)}\n`)).iface;
    expect([iface(['--iface', 'eth1']), iface(['-iface', 'eth2']), iface(['-iface=eth3']), iface(['--iface']), iface(['--iface', 5]), iface(['--iface', 'a\nb'])]).toEqual(['eth1', 'eth2', 'eth3', undefined, undefined, undefined]);
  });
});

describe('which documents belong to a Flannel manifest', () => {
  it('a ConfigMap with a net-conf.json string, or a DaemonSet running a flannel image', () => {
    const ds = (spec: unknown) => ({ kind: 'DaemonSet', spec: { template: { spec } } });
    expect(
      [
        { kind: 'ConfigMap', data: { 'net-conf.json': '' } },
        ds({ containers: [{ image: 'flannel:v0.25.0' }] }),
        ds({ initContainers: [{ image: 'x/flannel:0.25.0' }] }),
      ].map(isFlannelManifestDocument),
    ).toEqual([true, true, true]);
    expect(
      [
        { kind: 'ConfigMap', data: { 'net-conf.json': {} } },
        { kind: 'ConfigMap', data: ['net-conf.json'] },
        { kind: 'Deployment', spec: { template: { spec: { containers: [{ image: 'flannel:v0.25.0' }] } } } },
        ds({ containers: [{ image: 'flannel-cni-plugin:v1.1.0' }, 'flannel:v0.25.0', { image: 5 }] }),
        ds({ containers: { image: 'flannel:v0.25.0' } }),
        { kind: 'DaemonSet', spec: { template: { containers: [{ image: 'flannel:v0.25.0' }] } } },
        { kind: 'DaemonSet', spec: { template: 'x' } },
        { kind: 'DaemonSet' },
        [{ kind: 'ConfigMap', data: { 'net-conf.json': '' } }],
        null,
      ].map(isFlannelManifestDocument),
    ).toEqual(Array(10).fill(false));
  });
});

describe('values of the wrong type are never read as text', () => {
  it('an image or an arg written as a list, a ConfigMap of another kind, documents that are not maps', () => {
    const ds = (spec: unknown) => ({ kind: 'DaemonSet', spec: { template: { spec } } });
    expect(isFlannelManifestDocument(ds({ containers: [{ image: ['flannel:v0.25.0'] }] }))).toBe(false);
    expect(isFlannelManifestDocument({ kind: 'Secret', data: { 'net-conf.json': '{}' } })).toBe(false);
    expect(read(daemonSet('      containers:\n      - image: [flannel:v0.25.0]\n        args: [[--iface=eth5]]\n'))).toEqual({});
    expect(read(`---\n---\n5\n---\n${daemonSet('      containers:\n      - image: flannel:v0.25.0\n')}`).version).toBe('0.25.0');
  });
  it('--iface must be the whole arg on one line', () => {
    const iface = (arg: string) => read(daemonSet(`      containers:\n      - image: flannel:v0.25.0\n        args: [${JSON.stringify(arg)}]\n`)).iface;
    expect([iface('x--iface=eth9'), iface('--iface=eth1\nx'), iface('--iface=eth1')]).toEqual([undefined, undefined, 'eth1']);
  });
  it('only a DaemonSet gives the version, and only an image key gives its line', () => {
    const pod = 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - image: flannel:v0.25.0\n';
    expect(read(`${configMap('  net-conf.json: "{}"\n')}---\n${pod}`)).toEqual({ netConf: { text: '{}', firstLine: 7, namespace: 'kube-flannel' } });
    const text = 'kind: DaemonSet\nmetadata:\n  annotations:\n    note: flannel:v0.25.0\nspec:\n  template:\n    spec:\n      containers:\n      - image: flannel:v0.25.0\n';
    expect(read(text).imageLine).toBe(9);
  });
  it('a block indicator after more spaces; a quoted value holding ": |" is not one', () => {
    expect(read(configMap('  net-conf.json:    |\n    {}\n')).netConf?.firstLine).toBe(8);
    expect(read(configMap('  net-conf.json: "a: |b"\n')).netConf?.firstLine).toBe(7);
  });
});
