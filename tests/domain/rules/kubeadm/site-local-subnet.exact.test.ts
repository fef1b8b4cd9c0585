// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-site-local-subnet', () => {
  const id = 'kubeadm-site-local-subnet';
  it('pod and Service CIDRs in fec0::/10, each at its field', () => {
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'feff:10:244::/56' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fec0::/112' } }), id)).toEqual([
      diag(id, 'warning', 'kubeadm-validate', ['podCidr.ipv6'], { cidr: 'feff:10:244::/56', setting: 'podSubnet' }),
      diag(id, 'warning', 'kubeadm-validate', ['serviceCidr.ipv6'], { cidr: 'fec0::/112', setting: 'serviceSubnet' }),
    ]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'febf:10:244::/56' } }), id)).toEqual([]);
    expect(findings(plan({ ...v6only, podCidr: { ipv4: '', ipv6: 'fe00::/7' } }), id)).toHaveLength(1);
  });
});
