// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { findings, plan } from '../../helpers';

const base = { component: 'cluster', fixes: [] };
const nodes = (...list: Array<[string, string, string]>) => list.map(([name, ipv4, ipv6], i) => ({ name, role: i === 0 ? ('control-plane' as const) : ('worker' as const), ipv4, ipv6 }));

describe('cluster-cidr-missing', () => {
  it('one finding per stack family whose pod CIDR is empty', () => {
    expect(findings(plan({ podCidr: { ipv4: '', ipv6: '' } }), 'cluster-cidr-missing')).toEqual([
      { ...base, rule: 'cluster-cidr-missing', severity: 'error', phase: 'kubeadm-validate', fields: ['podCidr.ipv4'], params: { family: 'IPv4' } },
      { ...base, rule: 'cluster-cidr-missing', severity: 'error', phase: 'kubeadm-validate', fields: ['podCidr.ipv6'], params: { family: 'IPv6' } },
    ]);
    expect(findings(plan({ stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/16', ipv6: '' } }), 'cluster-cidr-missing')).toEqual([]);
    // Only spaces is not empty: kubeadm gets them, and kubeadm-subnet-syntax says so (field-parse.test.ts).
    expect(findings(plan({ podCidr: { ipv4: ' ', ipv6: 'fd00:10:244::/56' } }), 'cluster-cidr-missing')).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '', ipv6: '' }, overrides: { podSubnet: '10.244.0.0/16' } }), 'cluster-cidr-missing')).toEqual([]);
  });
});

describe('cluster-single-stack-services', () => {
  it('dual pods with one Service CIDR names the missing family', () => {
    expect(findings(plan({ serviceCidr: { ipv4: '', ipv6: 'fd00:10:96::/112' } }), 'cluster-single-stack-services')).toEqual([
      { ...base, rule: 'cluster-single-stack-services', severity: 'warning', phase: 'runtime', fields: ['serviceCidr.ipv4'], params: { missing: 'IPv4', serviceSubnet: 'fd00:10:96::/112' } },
    ]);
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '' } }), 'cluster-single-stack-services')[0]!.fields).toEqual(['serviceCidr.ipv6']);
  });
  it('silent with dual Services, single-stack pods, or an invalid list', () => {
    expect(findings(plan(), 'cluster-single-stack-services')).toEqual([]);
    expect(findings(plan({ stack: 'ipv4' }), 'cluster-single-stack-services')).toEqual([]);
    expect(findings(plan({ serviceCidr: { ipv4: 'x', ipv6: '' } }), 'cluster-single-stack-services')).toEqual([]);
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '' }, overrides: { podSubnet: '10.244.0.0/16,10.1.0.0/16' } }), 'cluster-single-stack-services')).toEqual([]);
  });
});

describe('cluster-pod-service-overlap', () => {
  it('each overlapping pair, with both fields and the canonical ranges', () => {
    const p = plan({ podCidr: { ipv4: '10.0.0.0/8', ipv6: 'fd00::/8' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' } });
    expect(findings(p, 'cluster-pod-service-overlap')).toEqual([
      { ...base, rule: 'cluster-pod-service-overlap', severity: 'warning', phase: 'runtime', fields: ['podCidr.ipv4', 'serviceCidr.ipv4'], params: { pod: '10.0.0.0/8', service: '10.96.0.0/16', family: 'IPv4' }, fixes: [{ label: 'set-service-cidr', params: { cidr: '172.16.0.0/16' }, set: [{ field: 'serviceCidr.ipv4', value: '172.16.0.0/16' }] }] },
      // fd00::/8 leaves no neighbourhood of its own to carve a Service range from: no fix rather than a guess.
      { ...base, rule: 'cluster-pod-service-overlap', severity: 'warning', phase: 'runtime', fields: ['podCidr.ipv6', 'serviceCidr.ipv6'], params: { pod: 'fd00::/8', service: 'fd00:10:96::/112', family: 'IPv6' } },
    ]);
    // The user's own prefix: beside fd00:10:244::/56, at the next /56 boundary, inside its /48.
    const inside = plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:244:1::/112' } });
    expect(findings(inside, 'cluster-pod-service-overlap')[0]!.fixes).toEqual([{ label: 'set-service-cidr', params: { cidr: 'fd00:10:244:100::/112' }, set: [{ field: 'serviceCidr.ipv6', value: 'fd00:10:244:100::/112' }] }]);
    // The kubeadm documentation's example (pods 2001:db8:42::/56, Services 2001:db8:42:1::/112) stays in 2001:db8:42::/48.
    const docs = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42::/56' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' } });
    expect(findings(docs, 'cluster-pod-service-overlap')[0]!.fixes[0]!.set).toEqual([{ field: 'serviceCidr.ipv6', value: '2001:db8:42:100::/112' }]);
  });
});

describe('cluster-node-ip-in-cluster-range', () => {
  it('a node address in a range: the field it came from, the address as written, the setting and range', () => {
    const p = plan({ nodes: nodes(['cp-1', '192.168.10.11', 'fd00:10:96::5']) });
    expect(findings(p, 'cluster-node-ip-in-cluster-range')).toEqual([
      { ...base, rule: 'cluster-node-ip-in-cluster-range', severity: 'error', phase: 'runtime', fields: ['nodes.0.ipv6'], params: { what: 'cp-1', address: 'fd00:10:96::5', setting: 'serviceSubnet', cidr: 'fd00:10:96::/112' } },
    ]);
  });
  it('an explicit advertise address in a range is reported as advertiseAddress; the derived one is not reported twice', () => {
    expect(findings(plan({ advertiseAddress: '10.96.0.1' }), 'cluster-node-ip-in-cluster-range')).toEqual([
      { ...base, rule: 'cluster-node-ip-in-cluster-range', severity: 'error', phase: 'runtime', fields: ['advertiseAddress'], params: { what: 'advertiseAddress', address: '10.96.0.1', setting: 'serviceSubnet', cidr: '10.96.0.0/16' } },
    ]);
    expect(findings(plan({ nodes: nodes(['cp-1', '10.244.0.9', 'fd00:192:168:10::11']) }), 'cluster-node-ip-in-cluster-range')).toHaveLength(1);
    expect(findings(plan({ advertiseAddress: '192.168.10.11' }), 'cluster-node-ip-in-cluster-range')).toEqual([]);
    expect(findings(plan({ advertiseAddress: 'bogus' }), 'cluster-node-ip-in-cluster-range')).toEqual([]);
  });
  it('addresses just outside a range are fine', () => {
    expect(findings(plan({ nodes: nodes(['cp-1', '10.243.255.255', 'fd00:10:96::1:0']) }), 'cluster-node-ip-in-cluster-range')).toEqual([]);
    expect(findings(plan({ nodes: nodes(['cp-1', '10.245.0.0', '']) }), 'cluster-node-ip-in-cluster-range')).toEqual([]);
  });
});

describe('cluster-reserved-range', () => {
  it('names the setting, the range and every reserved kind it touches', () => {
    expect(findings(plan({ stack: 'ipv4', podCidr: { ipv4: '0.0.0.0/0', ipv6: '' } }), 'cluster-reserved-range')).toEqual([
      { ...base, rule: 'cluster-reserved-range', severity: 'error', phase: 'runtime', fields: ['podCidr.ipv4'], params: { setting: 'podSubnet', cidr: '0.0.0.0/0', kinds: 'unspecified, loopback, link-local, multicast' } },
    ]);
    expect(findings(plan({ serviceCidr: { ipv4: '127.0.0.0/8', ipv6: 'fd00:10:96::/112' } }), 'cluster-reserved-range')).toEqual([
      { ...base, rule: 'cluster-reserved-range', severity: 'error', phase: 'runtime', fields: ['serviceCidr.ipv4'], params: { setting: 'serviceSubnet', cidr: '127.0.0.0/8', kinds: 'loopback' } },
    ]);
    expect(findings(plan({ stack: 'ipv4', podCidr: { ipv4: '126.0.0.0/8', ipv6: '' } }), 'cluster-reserved-range')).toEqual([]);
  });
});

describe('cluster-documentation-prefix', () => {
  it('one finding per prefix, naming every setting and node address inside it', () => {
    const p = plan({
      podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:1::/56' },
      serviceCidr: { ipv4: '192.0.2.0/24', ipv6: '2001:db8:2::/112' },
      nodes: nodes(['cp-1', '192.168.10.11', '2001:db8:9::1'], ['w-1', '192.0.2.200', 'fd00::2']),
    });
    expect(findings(p, 'cluster-documentation-prefix')).toEqual([
      { ...base, rule: 'cluster-documentation-prefix', severity: 'warning', phase: 'runtime', fields: ['podCidr.ipv6', 'serviceCidr.ipv6', 'nodes.0.ipv6'], params: { places: 'podSubnet 2001:db8:1::/56, serviceSubnet 2001:db8:2::/112, cp-1 2001:db8:9::1', count: 3, prefix: '2001:db8::/32' } },
      { ...base, rule: 'cluster-documentation-prefix', severity: 'warning', phase: 'runtime', fields: ['serviceCidr.ipv4', 'nodes.1.ipv4'], params: { places: 'serviceSubnet 192.0.2.0/24, w-1 192.0.2.200', count: 2, prefix: '192.0.2.0/24' } },
    ]);
    expect(findings(plan(), 'cluster-documentation-prefix')).toEqual([]);
  });
});

describe('cluster-non-canonical-cidr', () => {
  it('per-family text gets a fix; verbatim file text gets none', () => {
    expect(findings(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::1/112' } }), 'cluster-non-canonical-cidr')).toEqual([
      {
        ...base,
        rule: 'cluster-non-canonical-cidr',
        severity: 'warning',
        phase: 'runtime',
        fields: ['serviceCidr.ipv6'],
        params: { setting: 'serviceSubnet', value: 'fd00:10:96::1/112', canonical: 'fd00:10:96::/112', reason: 'host-bits' },
        fixes: [{ label: 'use-canonical', params: { canonical: 'fd00:10:96::/112' }, set: [{ field: 'serviceCidr.ipv6', value: 'fd00:10:96::/112' }] }],
      },
    ]);
    const fromFile = findings(plan({ overrides: { podSubnet: '010.244.0.1/16,fd00:10:244::/56' } }), 'cluster-non-canonical-cidr');
    expect(fromFile).toMatchObject([{ fields: ['podCidr.ipv4'], params: { value: '010.244.0.1/16', canonical: '10.244.0.0/16', reason: 'leading-zeros' }, fixes: [] }]);
    expect(findings(plan({ overrides: { podSubnet: 'x,10.244.0.0/16' } }), 'cluster-non-canonical-cidr')).toEqual([]);
    expect(findings(plan({ overrides: { serviceSubnet: '10.96.0.1/16' } }), 'cluster-non-canonical-cidr')).toMatchObject([{ fields: ['serviceCidr.ipv4'], fixes: [] }]);
  });
});

describe('cluster-primary-family-mismatch', () => {
  const nodeIp = (p: Plan, value: string, index = 0): Plan => {
    p.nodes[index]!.nodeIp = value;
    return p;
  };
  it('pod and Service lists in different orders', () => {
    expect(findings(plan({ overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } }), 'cluster-primary-family-mismatch')).toEqual([
      { ...base, rule: 'cluster-primary-family-mismatch', severity: 'info', phase: 'runtime', fields: ['podCidr', 'serviceCidr'], params: { what: 'podSubnet', family: 'IPv6', serviceFamily: 'IPv4' } },
    ]);
  });
  it('node-ip pairs that list the other family first, all named in one finding', () => {
    const p = plan({ nodes: nodes(['cp-1', '192.168.10.11', 'fd00::11'], ['w-1', '192.168.10.21', 'fd00::21'], ['w-2', '192.168.10.22', 'fd00::22']) });
    nodeIp(p, 'fd00::11,192.168.10.11', 0);
    nodeIp(p, 'fd00::22,192.168.10.22', 2);
    expect(findings(p, 'cluster-primary-family-mismatch')).toEqual([
      { ...base, rule: 'cluster-primary-family-mismatch', severity: 'info', phase: 'runtime', fields: ['nodes.0.nodeIp', 'nodes.2.nodeIp'], params: { what: 'node-ip', nodes: 'cp-1, w-2', family: 'IPv6', serviceFamily: 'IPv4' } },
    ]);
  });
  it('with single-stack Services the pod list is the reference; with neither dual, nothing', () => {
    const p = nodeIp(plan({ primaryFamily: 'ipv6', serviceCidr: { ipv4: '', ipv6: 'fd00:10:96::/112' } }), '192.168.10.11,fd00:192:168:10::11');
    expect(findings(p, 'cluster-primary-family-mismatch')).toMatchObject([{ params: { what: 'node-ip', family: 'IPv4', serviceFamily: 'IPv6' } }]);
    expect(findings(nodeIp(plan({ stack: 'ipv4' }), 'fd00::1,10.0.0.1'), 'cluster-primary-family-mismatch')).toEqual([]);
    expect(findings(nodeIp(plan(), '192.168.10.11,192.168.10.12'), 'cluster-primary-family-mismatch')).toEqual([]);
    expect(findings(nodeIp(plan(), 'fd00::1'), 'cluster-primary-family-mismatch')).toEqual([]);
  });
});

describe('cluster-duplicate-node', () => {
  it('a repeated name and an address owned by another node, naming the first owner', () => {
    const p = plan({ nodes: nodes(['cp-1', '192.168.10.11', 'fd00::11'], ['w-1', '192.168.10.21', 'fd00::11'], ['cp-1', '192.168.10.31', '']) });
    expect(findings(p, 'cluster-duplicate-node')).toEqual([
      { ...base, rule: 'cluster-duplicate-node', severity: 'error', phase: 'runtime', fields: ['nodes.1.ipv6'], params: { kind: 'address', value: 'fd00::11', other: 'cp-1' } },
      { ...base, rule: 'cluster-duplicate-node', severity: 'error', phase: 'runtime', fields: ['nodes.2.name'], params: { kind: 'name', value: 'cp-1', other: 'cp-1' } },
    ]);
  });
  it('unspecified addresses and one node repeating its own address are not duplicates', () => {
    const p = plan({ nodes: nodes(['a', '0.0.0.0', ''], ['b', '0.0.0.0', '']) });
    expect(findings(p, 'cluster-duplicate-node')).toEqual([]);
    const q = plan({ nodes: nodes(['a', '10.0.0.1', '']) });
    q.nodes[0]!.nodeIp = '10.0.0.1,10.0.0.1';
    expect(findings(q, 'cluster-duplicate-node')).toEqual([]);
    expect(findings(plan({ nodes: nodes(['a', '10.0.0.1', ''], ['b', '10.0.0.2', '']) }), 'cluster-duplicate-node')).toEqual([]);
  });
});

describe('cluster-ipv6-service-range-beyond-112', () => {
  it.each([
    ['fd00:10:96::/107', false],
    ['fd00:10:96::/108', true],
    ['fd00:10:96::/111', true],
    ['fd00:10:96::/112', false],
  ])('%s', (cidr, fires) => {
    const found = findings(plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: cidr } }), 'cluster-ipv6-service-range-beyond-112');
    expect(found).toEqual(fires ? [{ ...base, rule: 'cluster-ipv6-service-range-beyond-112', severity: 'info', phase: 'runtime', fields: ['serviceCidr.ipv6'], params: { cidr } }] : []);
  });
});
