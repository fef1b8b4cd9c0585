// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base, nodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
