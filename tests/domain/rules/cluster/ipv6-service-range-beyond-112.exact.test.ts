// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
