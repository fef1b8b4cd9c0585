// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
