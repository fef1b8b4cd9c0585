// A whole cluster's `kubectl get nodes -o json` (issue 18 point 4): read in one piece, beyond the 1 MiB limit of
// every other file, with each diagnostic at the line the YAML loader would give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_NODE_LIST_BYTES } from '../../../src/domain/limits';
import { analyzeFiles } from '../../../src/domain/parse/files';
import { jsonPathLines } from '../../../src/domain/parse/json-lines';
import { keyLines } from '../../../src/domain/parse/yaml';
import { nodesListJson } from '../../../scripts/scale-inputs';

describe('jsonPathLines', () => {
  it('gives every path the line the YAML event stream gives, for kubectl JSON', () => {
    for (const text of [
      readFileSync('tests/fixtures/cluster/nodes-dual-migrated.json', 'utf8'),
      readFileSync('tests/fixtures/cluster/kube-flannel-cfg.json', 'utf8'),
      nodesListJson(3),
      JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Node', metadata: { name: 'a' } }] }),
    ]) {
      expect(jsonPathLines(text)).toEqual(keyLines(text)[0]);
    }
  });

  it('leaves out paths deeper than asked, as a List of Nodes needs none past items.N.metadata.annotations.KEY', () => {
    const text = readFileSync('tests/fixtures/cluster/nodes-dual-migrated.json', 'utf8');
    const all = keyLines(text)[0]!;
    const shallow = jsonPathLines(text, 5);
    expect([...shallow].filter(([path, line]) => all.get(path) !== line)).toEqual([]);
    expect(shallow.get('items.2.metadata.annotations.flannel.alpha.coreos.com/public-ipv6')).toBe(all.get('items.2.metadata.annotations.flannel.alpha.coreos.com/public-ipv6'));
    expect(shallow.get('items.2.status.addresses.1')).toBe(all.get('items.2.status.addresses.1'));
    expect([all.has('items.2.status.addresses.1.type'), shallow.has('items.2.status.addresses.1.type')]).toEqual([true, false]);
    expect([all.has('items.0.status.images.0.names.0'), shallow.has('items.0.status.images.0.names.0')]).toEqual([true, false]);
  });

  it('reads escaped keys and strings with brackets, commas and quotes inside', () => {
    const text = '{\n  "a\\"b": "x, [y] {z}",\n  "c": [\n    1,\n    {"d\\u0065": null}\n  ],\n  "e": "\\\\"\n}';
    expect([...jsonPathLines(text)]).toEqual([
      ['a"b', 2],
      ['c', 3],
      ['c.0', 4],
      ['c.1', 5],
      ['c.1.de', 5],
      ['e', 7],
    ]);
  });
});

describe('a 5,000-node List of about 40 MB', () => {
  const text = nodesListJson(5000);

  it('is larger than 1 MiB and within the List limit', () => {
    expect(text.length).toBeGreaterThan(40 * 1000 * 1000);
    expect(text.length).toBeLessThan(MAX_NODE_LIST_BYTES);
  });

  it('is read whole: every node, its addresses, and the lines of the last one', () => {
    const analysis = analyzeFiles([{ path: 'nodes.json', text }]);
    expect(analysis.files).toEqual([{ path: 'nodes.json', kind: 'nodes', kinds: ['nodes'] }]);
    expect(analysis.cluster?.nodes).toHaveLength(5000);
    expect(analysis.plan.nodes).toHaveLength(5000);
    expect(analysis.plan.nodes.slice(0, 4).map((n) => n.role)).toEqual(['control-plane', 'control-plane', 'control-plane', 'worker']);
    expect(analysis.plan.nodes[4999]).toEqual({ name: 'worker-5000', role: 'worker', ipv4: '192.168.19.250', ipv6: 'fd00:192:168::1388' });
    expect(analysis.cluster?.nodes[4999]?.podCidrs).toEqual(['10.19.135.0/24', 'fd00:10:244:1387::/64']);
    expect(analysis.diagnostics.map((d) => d.rule)).toEqual([]);
  });

  it('points a diagnostic of its last node at that node\'s annotations', () => {
    // Node 5,000 lacks Flannel's public-ipv6 annotation under a dual-stack net-conf.json.
    const broken = text.replace('"flannel.alpha.coreos.com/public-ipv6": "fd00:192:168::1388",', '');
    const netConf = '{"Network": "10.0.0.0/8", "EnableIPv6": true, "IPv6Network": "fd00:10:244::/48", "Backend": {"Type": "vxlan"}}';
    const analysis = analyzeFiles([{ path: 'nodes.json', text: broken }, { path: 'net-conf.json', text: netConf }]);
    const missing = analysis.diagnostics.filter((d) => d.rule === 'flannel-node-public-ipv6-missing');
    const annotations = broken.lastIndexOf('"annotations"');
    expect(missing.map((d) => d.location)).toEqual([{ file: 'nodes.json', line: broken.slice(0, annotations).split('\n').length, path: 'items.4999.metadata.annotations' }]);
  });
});

describe('size limits', () => {
  it('refuses other kubectl JSON over 1 MiB, naming both limits', () => {
    const big = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-flannel-cfg' }, data: { 'net-conf.json': '{}', padding: 'x'.repeat(1024 * 1024) } });
    const analysis = analyzeFiles([{ path: 'cm.json', text: big }]);
    expect(analysis.diagnostics.map((d) => [d.rule, d.params.error])).toEqual([
      ['flannel-yaml-invalid', 'the input is larger than 1024 KiB (only kubectl get nodes -o json may be larger, up to 64 MiB)'],
    ]);
  });
});
