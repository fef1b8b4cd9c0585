// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base, nodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
