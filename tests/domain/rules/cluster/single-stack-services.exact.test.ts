// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
