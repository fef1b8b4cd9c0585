// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-pod-subnet-missing', () => {
  const id = 'kubeadm-pod-subnet-missing';
  it('no podSubnet at all', () => {
    expect(findings(plan({ overrides: { podSubnet: '' } }), id)).toEqual([diag(id, 'error', 'runtime', ['podCidr'], {})]);
    expect(findings(plan({ podCidr: { ipv4: '', ipv6: '' } }), id)).toHaveLength(1);
    expect(findings(plan({ overrides: { podSubnet: 'x' } }), id)).toEqual([]);
  });
});
