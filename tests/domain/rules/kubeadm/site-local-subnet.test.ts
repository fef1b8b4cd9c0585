import { explanation, findings, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-site-local-subnet and kubeadm-pod-subnet-missing', () => {
  it('warns on fec0::/10', () => {
    expect(only(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fec0:10:244::/56' } }), 'kubeadm-site-local-subnet').params.cidr).toBe('fec0:10:244::/56');
  });
  it('no podSubnet means no podCIDR for Flannel', () => {
    expect(explanation(only(plan({ overrides: { podSubnet: '' } }), 'kubeadm-pod-subnet-missing'))).toContain('pod cidr not assigned');
    expect(findings(plan({ overrides: { podSubnet: '' } }), 'kubeadm-pod-subnet-missing', ['kubeadm'])).toEqual([]);
  });
});
