// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
