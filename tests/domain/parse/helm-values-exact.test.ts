// Helm values → the exact net-conf.json the chart's template (chart/kube-flannel/templates/config.yaml) would write,
// line by line, with the values key each line comes from.
import { describe, expect, it } from 'vitest';
import { isHelmValuesDocument, readHelmValues } from '../../../src/domain/parse/helm-values';
import { loadYaml } from '../../../src/domain/parse/yaml';

const read = (text: string) => {
  const loaded = loadYaml(text);
  if (!loaded.ok) throw new Error(loaded.error);
  return readHelmValues(loaded);
};
const netConf = (text: string) => read(text)!.netConfText;

describe('the net-conf.json the chart writes', () => {
  it('vxlan with every option the chart has, in the template order', () => {
    const values = read(
      'podCidr: 10.1.0.0/16\npodCidrv6: fd00:1::/56\nflannel:\n  enableNFTables: true\n  backend: vxlan\n  backendPort: 8472\n  vni: 4\n  GBP: true\n  directRouting: true\n  mtu: 1400\n  macPrefix: 0E-2B\n',
    )!;
    expect(values.netConfText).toBe(
      [
        '{',
        '  "Network": "10.1.0.0/16",',
        '  "IPv6Network": "fd00:1::/56",',
        '  "EnableIPv6": true,',
        '  "EnableNFTables": true,',
        '  "Backend": {',
        '    "Port": 8472,',
        '    "VNI": 4,',
        '    "GBP": true,',
        '    "DirectRouting": true,',
        '    "MTU": 1400,',
        '    "MacPrefix": "0E-2B",',
        '    "Type": "vxlan"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(values.lineSources).toEqual([
      undefined,
      'podCidr',
      'podCidrv6',
      'podCidrv6',
      'flannel.enableNFTables',
      'flannel.backend',
      'flannel.backendPort',
      'flannel.vni',
      'flannel.GBP',
      'flannel.directRouting',
      'flannel.mtu',
      'flannel.macPrefix',
      'flannel.backend',
      'flannel.backend',
      undefined,
    ]);
    expect([...values.lines]).toEqual([
      ['podCidr', 1], ['podCidrv6', 2], ['flannel', 3], ['flannel.enableNFTables', 4], ['flannel.backend', 5], ['flannel.backendPort', 6],
      ['flannel.vni', 7], ['flannel.GBP', 8], ['flannel.directRouting', 9], ['flannel.mtu', 10], ['flannel.macPrefix', 11],
    ]);
  });

  it('wireguard: its own keys, PSK quoted, Mode as written (the template does not quote it)', () => {
    expect(
      netConf('podCidr: 10.1.0.0/16\nflannel:\n  backend: wireguard\n  backendPort: 51820\n  backendPortv6: 51821\n  psk: a"b\n  mtu: 1420\n  tunnelMode: separate\n  keepaliveInterval: 25\n  vni: 9\n  macPrefix: x\n'),
    ).toBe(
      '{\n  "Network": "10.1.0.0/16",\n  "Backend": {\n    "ListenPort": 51820,\n    "ListenPortV6": 51821,\n    "PSK": "a\\"b",\n    "MTU": 1420,\n    "Mode": separate,\n    "PersistentKeepaliveInterval": 25,\n    "Type": "wireguard"\n  }\n}\n',
    );
    expect(read('flannel:\n  backend: wireguard\n  backendPort: 51820\n  psk: k\n  tunnelMode: m\n  keepaliveInterval: 5\n  backendPortv6: 7\n  mtu: 9\n')!.lineSources).toEqual([
      undefined, 'podCidr', 'flannel.backend', 'flannel.backendPort', 'flannel.backendPortv6', 'flannel.psk', 'flannel.mtu', 'flannel.tunnelMode', 'flannel.keepaliveInterval', 'flannel.backend', 'flannel.backend', undefined,
    ]);
  });

  it('udp takes only Port; host-gw and other backends take none', () => {
    expect(netConf('flannel:\n  backend: udp\n  backendPort: 8285\n  vni: 3\n  mtu: 1400\n')).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Port": 8285,\n    "Type": "udp"\n  }\n}\n');
    expect(netConf('flannel:\n  backend: host-gw\n  backendPort: 8285\n  vni: 3\n  psk: x\n')).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "host-gw"\n  }\n}\n');
    expect(netConf('flannel:\n  backend: ipip\n  backendPort: 8285\n')).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "ipip"\n  }\n}\n');
  });

  it('the chart defaults: podCidr 10.244.0.0/16, no IPv6, vxlan', () => {
    expect(netConf('podCidrv6: ""\n')).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "vxlan"\n  }\n}\n');
    expect(netConf('flannel:\n  vni: 2\n')).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "VNI": 2,\n    "Type": "vxlan"\n  }\n}\n');
  });

  it("Go templates' truth: false, 0, null, empty strings, lists and maps turn a line off; anything else is printed as Go prints it", () => {
    const first = (podCidr: string) => netConf(`podCidr: ${podCidr}\n`).split('\n')[1];
    expect(['""', 'false', '0', 'null', '[]', '{}'].map(first)).toEqual(Array(6).fill('  "EnableIPv4": false,'));
    expect(['"x"', 'true', '7', '[a]', '{a: 1}'].map(first)).toEqual([
      '  "Network": "x",',
      '  "Network": "true",',
      '  "Network": "7",',
      '  "Network": "[]",',
      '  "Network": "map[]",',
    ]);
    const mtu = (value: string) => netConf(`flannel:\n  mtu: ${value}\n`).split('\n')[3];
    expect(['0', 'false', '""', '[]', '{}'].map(mtu)).toEqual(Array(5).fill('    "Type": "vxlan"'));
    expect(['1400', 'true', 'abc', '[1]', '{a: 1}'].map(mtu)).toEqual(['    "MTU": 1400,', '    "MTU": true,', '    "MTU": abc,', '    "MTU": [],', '    "MTU": map[],']);
    // A non-empty string is true to the template, so "false" in quotes still writes EnableNFTables.
    expect(netConf('flannel:\n  enableNFTables: "false"\n').split('\n')[2]).toBe('  "EnableNFTables": true,');
    expect(netConf('flannel:\n  enableNFTables: false\n').split('\n')[2]).toBe('  "Backend": {');
    expect(netConf('podCidrv6: fd00::/56\n').split('\n').slice(1, 4)).toEqual(['  "Network": "10.244.0.0/16",', '  "IPv6Network": "fd00::/56",', '  "EnableIPv6": true,']);
  });

  it('a backend that is not a string is quoted as Go prints it, and matches no backend', () => {
    expect(netConf('flannel:\n  backend: 5\n  backendPort: 1\n')).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "5"\n  }\n}\n');
    expect(netConf('flannel:\n  backend: ""\n')).toContain('    "Type": ""\n');
  });
});

describe('the version and --iface', () => {
  it('image.tag is the version, with its line', () => {
    expect(read('podCidr: 10.1.0.0/16\nflannel:\n  image:\n    tag: v0.25.1\n')!.version).toEqual({ value: '0.25.1', tag: 'v0.25.1', line: 4 });
    expect(read('podCidr: 10.1.0.0/16\nflannel:\n  image:\n    tag: 0.25.1\n')!.version).toEqual({ value: '0.25.1', tag: '0.25.1', line: 4 });
  });
  it('no version from a tag that is no version, not a string, or an image that is not a map', () => {
    for (const image of ['image:\n    tag: latest', 'image:\n    tag: 25', 'image: flannel:v0.25.1', 'image:\n    repository: x']) {
      expect(read(`podCidr: 10.1.0.0/16\nflannel:\n  ${image}\n`)!.version).toBeUndefined();
    }
  });
  it('the last --iface in args wins; the chart default args have none', () => {
    expect(read('podCidr: 10.1.0.0/16\nflannel:\n  args: ["--ip-masq", "--iface=eth1", 3, "--iface=eth2", "x--iface=eth3"]\n')!.iface).toBe('eth2');
    expect(read('podCidr: 10.1.0.0/16\nflannel:\n  args: ["--iface="]\n')!.iface).toBe('');
    expect(read('podCidr: 10.1.0.0/16\n')!.iface).toBeUndefined();
    expect(read('podCidr: 10.1.0.0/16\nflannel:\n  args: "--iface=eth1"\n')!.iface).toBeUndefined();
  });
});

describe('which documents are Helm values', () => {
  it('a top-level podCidr or podCidrv6, or a flannel map with a chart key, and no apiVersion or kind', () => {
    expect([{ podCidr: '' }, { podCidrv6: null }, ...['backend', 'image', 'args', 'enableNFTables', 'backendPort', 'vni', 'mtu', 'tunnelMode', 'psk'].map((key) => ({ flannel: { [key]: 0 } }))].map(isHelmValuesDocument)).toEqual(Array(11).fill(true));
    expect(
      [{ podCidr: 'x', kind: 'ConfigMap' }, { podCidr: 'x', apiVersion: 'v1' }, { flannel: { other: 1 } }, { flannel: 'vxlan' }, { flannel: ['backend'] }, { other: 1 }, [{ podCidr: 'x' }], 'podCidr', null].map(
        isHelmValuesDocument,
      ),
    ).toEqual(Array(9).fill(false));
  });
  it('the first values document of several is read, with its own lines', () => {
    const values = read('kind: Other\n---\nflannel:\n  mtu: 1300\n---\npodCidr: 10.9.0.0/16\n')!;
    expect(values.netConfText).toBe('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "MTU": 1300,\n    "Type": "vxlan"\n  }\n}\n');
    expect(values.lines.get('flannel.mtu')).toBe(4);
    expect(read('kind: Other\n')).toBeNull();
  });
});

describe('values of the wrong type', () => {
  it('a tag or an arg written as a list gives nothing', () => {
    const values = read('podCidr: 10.1.0.0/16\nflannel:\n  image:\n    tag: [v0.25.1]\n  args: [[--iface=eth1]]\n')!;
    expect([values.version, values.iface]).toEqual([undefined, undefined]);
  });
  it('--iface must be the whole arg on one line', () => {
    expect(read('flannel:\n  args: ["--iface=eth1\\nx"]\n')!.iface).toBeUndefined();
  });
  it('EnableIPv4 false comes from podCidr', () => {
    expect(read('podCidr: ""\n')!.lineSources.slice(0, 3)).toEqual([undefined, 'podCidr', 'flannel.backend']);
  });
});
