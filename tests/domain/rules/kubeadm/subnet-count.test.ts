import { explanation, only } from '../../../helpers';
import { pod, svc } from './several-rules.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-subnet-count', () => {
  it('refuses three CIDRs and two of one family', () => {
    expect(only(pod('10.244.0.0/16,fd00::/56,10.245.0.0/16'), 'kubeadm-subnet-count').params.count).toBe(3);
    const d = only(svc('10.96.0.0/16,10.97.0.0/16'), 'kubeadm-subnet-count');
    expect(explanation(d)).toContain('expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking');
  });
});
