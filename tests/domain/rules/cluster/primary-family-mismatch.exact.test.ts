// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import type { Plan } from '../../../../src/domain/plan';
import { findings, plan } from '../../../helpers';
import { base, nodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
