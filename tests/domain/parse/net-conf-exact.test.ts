// net-conf.json as Flannel's Go decoder reads it: exact diagnostics (rule, params, location) and the values read.
import { describe, expect, it } from 'vitest';
import { type NetConfOrigin, jsonKeyLines, parseNetConf } from '../../../src/domain/parse/net-conf';

const PLAIN = { file: 'net-conf.json', firstLine: 1, pathPrefix: '' };
const parse = (value: unknown, version = '0.28.9') => parseNetConf(typeof value === 'string' ? value : JSON.stringify(value), PLAIN, version);
const found = (value: unknown, version?: string) => parse(value, version).diagnostics.map((d) => [d.rule, d.severity, d.params]);

describe('Go types', () => {
  it('each top-level key: what Go expects, what was found, and the Go type', () => {
    expect(found({ Network: 5, IPv6Network: {}, EnableIPv4: 'yes', EnableIPv6: 1, EnableNFTables: [], SubnetLen: 1.5, SubnetMin: true, IPv6SubnetLen: -1, Backend: [] })).toEqual([
      ['flannel-json-type', 'error', { key: 'Network', expected: 'a CIDR string', found: 'number', goType: 'ip.IP4Net' }],
      ['flannel-json-type', 'error', { key: 'IPv6Network', expected: 'a CIDR string', found: 'object', goType: 'ip.IP4Net' }],
      ['flannel-json-type', 'error', { key: 'EnableIPv4', expected: 'true or false', found: 'string', goType: 'bool' }],
      ['flannel-json-type', 'error', { key: 'EnableIPv6', expected: 'true or false', found: 'number', goType: 'bool' }],
      ['flannel-json-type', 'error', { key: 'EnableNFTables', expected: 'true or false', found: 'array', goType: 'bool' }],
      ['flannel-json-type', 'error', { key: 'SubnetLen', expected: 'a non-negative whole number', found: 'number', goType: 'uint' }],
      ['flannel-json-type', 'error', { key: 'SubnetMin', expected: 'an IP address string', found: 'bool', goType: 'ip.IP4' }],
      ['flannel-json-type', 'error', { key: 'IPv6SubnetLen', expected: 'a non-negative whole number', found: 'number', goType: 'uint' }],
      ['flannel-json-type', 'error', { key: 'Backend', expected: 'an object', found: 'array', goType: 'json.RawMessage' }],
    ]);
  });
  it('null fits every type and leaves Go\'s zero value; 0 is a uint', () => {
    const parsed = parse({ Network: null, IPv6Network: null, EnableIPv4: null, EnableIPv6: null, EnableNFTables: null, SubnetLen: 0, SubnetMin: null, IPv6SubnetLen: null, Backend: null });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect(parsed.flannel).toEqual({ network: 'null', ipv6Network: 'null', enableIPv4: true, enableIPv6: false, enableNFTables: false, subnetLen: 0, backend: null });
  });
  it('Backend options: int takes negatives but no fractions, strings and bools as declared', () => {
    expect(found({ Backend: { Type: 'vxlan', VNI: '1', Port: 1.5, MTU: -1, GBP: 1, MacPrefix: 5, Learning: null } })).toEqual([
      ['flannel-json-type', 'error', { key: 'Backend.VNI', expected: 'a whole number', found: 'string', goType: 'int' }],
      ['flannel-json-type', 'error', { key: 'Backend.Port', expected: 'a whole number', found: 'number', goType: 'int' }],
      ['flannel-json-type', 'error', { key: 'Backend.GBP', expected: 'true or false', found: 'number', goType: 'bool' }],
      ['flannel-json-type', 'error', { key: 'Backend.MacPrefix', expected: 'a string', found: 'number', goType: 'string' }],
    ]);
    expect(parse({ Backend: { Type: 'vxlan', MTU: -1, Learning: null, DirectRouting: false } }).flannel.backend).toEqual({ type: 'vxlan', mtu: -1, directRouting: false });
  });
  it('a Backend Type that is not a string is an error and leaves the type empty; null is no error', () => {
    expect(found({ Backend: { Type: 5 } })).toEqual([['flannel-json-type', 'error', { key: 'Backend.Type', expected: 'a string', found: 'number', goType: 'string' }]]);
    expect(parse({ Backend: { Type: 5 } }).flannel.backend).toEqual({ type: '' });
    expect(parse({ Backend: { Type: null } })).toMatchObject({ diagnostics: [], flannel: { backend: { type: '' } } });
    expect(parse({ Backend: {} })).toMatchObject({ diagnostics: [], flannel: { backend: { type: '' } } });
  });
  it('a Backend written as a string gets its own diagnostic', () => {
    expect(found({ Backend: 'vxlan' })).toEqual([['flannel-backend-not-object', 'error', { value: 'vxlan' }]]);
    expect(found({ Backend: 5 })).toEqual([['flannel-json-type', 'error', { key: 'Backend', expected: 'an object', found: 'number', goType: 'json.RawMessage' }]]);
  });
  it('the whole file must be an object', () => {
    for (const [text, kind] of [['"x"', 'string'], ['5', 'number'], ['true', 'bool'], ['null', 'null'], ['[]', 'array']]) {
      expect(found(text!)).toEqual([['flannel-json-type', 'error', { key: '(root)', expected: 'an object', found: kind, goType: 'subnet.Config' }]]);
    }
  });
});

describe('the values read', () => {
  it('every key, case-insensitively, into the plan', () => {
    const parsed = parse({
      network: '10.1.0.0/16', IPV6NETWORK: 'fd00::/56', enableipv4: false, EnableIpv6: true, enablenftables: true,
      SubnetLen: 25, SubnetMin: '10.1.1.0', SubnetMax: '10.1.200.0', IPv6SubnetLen: 72, IPv6SubnetMin: 'fd00::100:0:0:0', IPv6SubnetMax: 'fd00::ff00:0:0:0',
      backend: { type: 'WireGuard', psk: 'k', listenport: 51820, ListenPortV6: 51821, Mtu: 1420, PersistentKeepaliveInterval: 25, mode: 'separate' },
    });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.flannel).toEqual({
      network: '10.1.0.0/16', ipv6Network: 'fd00::/56', enableIPv4: false, enableIPv6: true, enableNFTables: true,
      subnetLen: 25, subnetMin: '10.1.1.0', subnetMax: '10.1.200.0', ipv6SubnetLen: 72, ipv6SubnetMin: 'fd00::100:0:0:0', ipv6SubnetMax: 'fd00::ff00:0:0:0',
      backend: { type: 'WireGuard', psk: 'k', listenPort: 51820, listenPortV6: 51821, mtu: 1420, persistentKeepaliveInterval: 25, mode: 'separate' },
    });
  });
  it('missing keys: no network, EnableIPv4 true, the rest off, no Backend (udp)', () => {
    expect(parse({}).flannel).toEqual({ network: '', ipv6Network: '', enableIPv4: true, enableIPv6: false, enableNFTables: false, backend: null });
  });
  it('the last Type key wins, in any case; the other backends read their own keys', () => {
    expect(parse('{"Backend": {"Type": "udp", "type": "vxlan", "VNI": 3}}').flannel.backend).toEqual({ type: 'vxlan', vni: 3 });
    expect(parse({ Backend: { Type: 'ipsec', PSK: 'p', UDPEncap: true } }).flannel.backend).toEqual({ type: 'ipsec', psk: 'p', udpEncap: true });
    expect(parse({ Backend: { Type: 'udp', Port: 8285 } }).flannel.backend).toEqual({ type: 'udp', port: 8285 });
    expect(parse({ Backend: { Type: 'ipip', DirectRouting: true } }).flannel.backend).toEqual({ type: 'ipip', directRouting: true });
    expect(parse({ Backend: { Type: 'host-gw' } })).toMatchObject({ diagnostics: [], flannel: { backend: { type: 'host-gw' } } });
  });
  it('keys Flannel reads that the plan does not model are said to be lost, with the backend', () => {
    expect(found({ Backend: { Type: 'tencent-vpc', AccessKeyID: 'a', accesskeysecret: 's' } })).toEqual([
      ['flannel-key-not-carried', 'info', { key: 'Backend.AccessKeyID', backend: 'tencent-vpc' }],
      ['flannel-key-not-carried', 'info', { key: 'Backend.accesskeysecret', backend: 'tencent-vpc' }],
    ]);
    expect(found({ Backend: { Type: 'gce', type: 'gce', Project: 'p' } })).toEqual([['flannel-key-not-carried', 'info', { key: 'Backend.Project', backend: 'gce' }]]);
    expect(parse({ Backend: { Type: 'alloc', X: 1 } }).flannel.backend).toEqual({ type: 'alloc' });
  });
});

describe('unknown keys and suggestions', () => {
  it('suggests the closest known key within two edits, case-insensitively; the first of equals', () => {
    const suggestion = (key: string) => parse({ [key]: 1 }).diagnostics[0]!.params;
    expect(suggestion('Netwrk')).toEqual({ key: 'Netwrk', suggestion: 'Network' });
    expect(suggestion('NETWO')).toEqual({ key: 'NETWO', suggestion: 'Network' });
    expect(suggestion('EnableIPv')).toEqual({ key: 'EnableIPv', suggestion: 'EnableIPv4' });
    expect(suggestion('SubnetLength')).toEqual({ key: 'SubnetLength', suggestion: '' });
    expect(suggestion('Netw')).toEqual({ key: 'Netw', suggestion: '' });
    expect(suggestion('IPv6SubnetMn')).toEqual({ key: 'IPv6SubnetMn', suggestion: 'IPv6SubnetMin' });
    expect(parse({ Bogus: 1 }).diagnostics[0]).toMatchObject({ rule: 'flannel-unknown-key', severity: 'warning' });
  });
  it('in Backend, against that backend\'s keys', () => {
    expect(found({ Backend: { Type: 'wireguard', ListenPrt: 1, VNI: 1 } })).toEqual([
      ['flannel-unknown-key', 'warning', { key: 'Backend.ListenPrt', suggestion: 'ListenPort' }],
      ['flannel-unknown-key', 'warning', { key: 'Backend.VNI', suggestion: '' }],
    ]);
  });
  it('Networks and IPv6Networks: ignored before v0.20.0 and from v0.25.0, honoured in v0.20.x, reset from v0.21.0', () => {
    const outcome = (version: string) => found({ ipv6networks: [] }, version);
    expect(outcome('0.19.2')).toEqual([['flannel-networks-key', 'warning', { key: 'ipv6networks', version: '0.19.2', outcome: 'ignored' }]]);
    expect(outcome('0.20.0')[0]![2]).toMatchObject({ outcome: 'honoured' });
    expect(outcome('0.20.2')[0]![2]).toMatchObject({ outcome: 'honoured' });
    expect(outcome('0.21.0')[0]![2]).toMatchObject({ outcome: 'reset' });
    expect(outcome('0.24.4')[0]![2]).toMatchObject({ outcome: 'reset' });
    expect(outcome('0.25.0')[0]![2]).toMatchObject({ outcome: 'ignored' });
    // A version that does not parse is read as the newest known.
    expect(found({ Networks: [] }, 'main')).toEqual([['flannel-networks-key', 'warning', { key: 'Networks', version: '0.28.9', outcome: 'ignored' }]]);
  });
});

describe('where each diagnostic and field is', () => {
  const text = '{\n  "network": "10.1.0.0/16",\n  "Bogus": 1,\n  "Backend": {\n    "Type": "wireguard",\n    "Mode": "x",\n    "MTU": "1"\n  }\n}';
  it('in a plain file: the line of the key as written, and its path', () => {
    const parsed = parseNetConf(text, PLAIN, '0.28.9');
    expect(parsed.diagnostics.map((d) => [d.rule, d.location])).toEqual([
      ['flannel-unknown-key', { file: 'net-conf.json', line: 3, path: 'Bogus' }],
      ['flannel-json-type', { file: 'net-conf.json', line: 7, path: 'MTU' }],
    ]);
    expect(Object.fromEntries(parsed.locations)).toEqual({
      'flannel.network': { file: 'net-conf.json', line: 2, path: 'network' },
      'flannel.ipv6Network': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.enableIPv4': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.enableIPv6': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.enableNFTables': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.subnetLen': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.subnetMin': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.subnetMax': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.backend.type': { file: 'net-conf.json', line: 4, path: 'Backend' },
      'flannel.backend.mode': { file: 'net-conf.json', line: 6, path: 'Mode' },
      'flannel.backend.psk': { file: 'net-conf.json', line: 1, path: '(root)' },
      'flannel.backend.mtu': { file: 'net-conf.json', line: 7, path: 'MTU' },
    });
    expect(parsed.ok).toBe(false);
  });
  it('inside a YAML file: offset by the line where the JSON starts, under the path prefix', () => {
    const parsed = parseNetConf(text, { file: 'kube-flannel.yml', firstLine: 10, pathPrefix: 'ConfigMap.data.net-conf.json' }, '0.28.9');
    expect(parsed.diagnostics.map((d) => d.location)).toEqual([
      { file: 'kube-flannel.yml', line: 12, path: 'ConfigMap.data.net-conf.json.Bogus' },
      { file: 'kube-flannel.yml', line: 16, path: 'ConfigMap.data.net-conf.json.MTU' },
    ]);
    expect(parsed.locations.get('flannel.enableIPv4')).toEqual({ file: 'kube-flannel.yml', line: 10, path: 'ConfigMap.data.net-conf.json' });
  });
  it('made from Helm values: each JSON line mapped back to its values key', () => {
    const mapLine = (jsonLine: number) => (jsonLine === 3 ? { line: 42, path: 'flannel.bogus' } : { path: `line ${jsonLine}` });
    const parsed = parseNetConf(text, { file: 'values.yaml', firstLine: 1, pathPrefix: '', mapLine }, '0.28.9');
    expect(parsed.diagnostics.map((d) => d.location)).toEqual([
      { file: 'values.yaml', line: 42, path: 'flannel.bogus' },
      { file: 'values.yaml', path: 'line 7' },
    ]);
    expect(parsed.locations.get('flannel.subnetLen')).toEqual({ file: 'values.yaml', path: 'line 1' });
  });
  it('a key with regex characters is found literally', () => {
    const parsed = parse('{\n  "a.b": 1,\n  "axb": 2\n}');
    expect(parsed.diagnostics.map((d) => [d.params.key, d.location?.line])).toEqual([['a.b', 2], ['axb', 3]]);
  });
});

describe('JSON that does not parse', () => {
  const invalid = (text: string, origin: NetConfOrigin = PLAIN) => {
    const parsed = parseNetConf(text, origin, '0.28.9');
    expect(parsed.ok).toBe(false);
    expect(parsed.flannel).toEqual({});
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ rule: 'flannel-json-invalid', severity: 'error' });
    return parsed.diagnostics[0]!;
  };
  it('the line where JSON.parse stopped, from its position or the text it quotes', () => {
    expect(invalid('{\n  "Network": "10.244.0.0/16",\n}').location).toEqual({ file: 'net-conf.json', line: 3, path: '(root)' });
    expect(invalid('{\n\n"a": 1').location?.line).toBe(3);
    expect(invalid('{}\n\n\nx').location?.line).toBe(4);
    // Quoted with "..." where the quote was cut: the token is 10 characters into the quote.
    expect(invalid('{\n  "Network": "10.244.0.0/16",\n  "EnableIPv6":\nTrue\n}').location?.line).toBe(4);
    expect(invalid('{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": x\n  }\n}').location?.line).toBe(4);
  });
  it('inside a YAML file, offset by its first line and under its prefix', () => {
    expect(invalid('{\n  "Network": "10.244.0.0/16",\n}', { file: 'k.yaml', firstLine: 20, pathPrefix: 'ConfigMap.data.net-conf.json' }).location).toEqual({ file: 'k.yaml', line: 22, path: 'ConfigMap.data.net-conf.json' });
    expect(invalid('{\n  "Network": "10.244.0.0/16",\n}', { file: 'v.yaml', firstLine: 1, pathPrefix: '', mapLine: (line) => ({ line: line * 10, path: 'flannel.x' }) }).location).toEqual({ file: 'v.yaml', line: 30, path: 'flannel.x' });
  });
  it('over 1 MiB is refused without parsing', () => {
    const big = `{"Network": "${'x'.repeat(1024 * 1024)}"}`;
    expect(invalid(big, { file: 'n.json', firstLine: 5, pathPrefix: 'p' })).toMatchObject({ params: { error: 'the input is larger than 1024 KiB (only kubectl get nodes -o json may be larger, up to 64 MiB)' }, location: { file: 'n.json', line: 5, path: 'p' } });
  });
});

describe('net-conf.json edges', () => {
  it('missing keys leave no field at all in the plan', () => {
    expect(Object.keys(parse({}).flannel)).toEqual(['network', 'ipv6Network', 'enableIPv4', 'enableIPv6', 'enableNFTables', 'backend']);
  });
  it('a backend key written in another case is still found for its field', () => {
    const parsed = parseNetConf('{\n  "Backend": {\n    "type": "wireguard",\n    "mode": "separate"\n  }\n}', PLAIN, '0.28.9');
    expect(parsed.locations.get('flannel.backend.mode')).toEqual({ file: 'net-conf.json', line: 4, path: 'Mode' });
  });
  it('the JSON error says what JSON.parse said; input that ends early points at the end', () => {
    const parsed = parseNetConf('{\n  "Network": "10.244.0.0/16",\n}', PLAIN, '0.28.9');
    expect(parsed.diagnostics[0]!.params.error).toMatch(/^Expected double-quoted property name in JSON at position 32/);
    const ended = parseNetConf('{\n"a":\n', PLAIN, '0.28.9');
    expect(ended.diagnostics[0]).toMatchObject({ params: { error: 'Unexpected end of JSON input' }, location: { line: 3 } });
  });
  it('exactly 1 MiB is still read', () => {
    const prefix = '{"Network":"';
    const text = `${prefix}${'x'.repeat(1024 * 1024 - prefix.length - 2)}"}`;
    expect(text).toHaveLength(1024 * 1024);
    expect(parseNetConf(text, PLAIN, '0.28.9').diagnostics).toEqual([]);
  });
});

describe('jsonKeyLines', () => {
  it('gives each key its first line at any depth, case-folded, and skips string values and escapes', () => {
    const text = '{\n  "Network": "10.244.0.0/16",\n  "note": "a \\"Backend\\": x",\n  "Backend"\n  :\n  { "Type": "vxlan",\n "type": 1 }\n}';
    expect([...jsonKeyLines(text)]).toEqual([
      ['network', 2],
      ['note', 3],
      ['backend', 4],
      ['type', 6],
    ]);
  });
  it('a key 32,766 characters long is located like any other (no RegExp is built from input)', () => {
    const key = 'k'.repeat(32_766);
    const result = parse(`{\n"Network": "10.244.0.0/16",\n"${key}": 1}`);
    expect(result.diagnostics.map((d) => [d.rule, d.location?.line])).toEqual([['flannel-unknown-key', 3]]);
  });
});
