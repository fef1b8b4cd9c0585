// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
