import { explanation, findings, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-pod-subnet-too-small (14 addresses)', () => {
  it('refuses /29 and accepts /28', () => {
    const masks = { ipv4: '30', ipv6: '64' };
    expect(findings(plan({ stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/28', ipv6: '' }, nodeMask: masks }), 'kubeadm-pod-subnet-too-small')).toEqual([]);
    const d = only(plan({ stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/29', ipv6: '' }, nodeMask: masks }), 'kubeadm-pod-subnet-too-small');
    expect(explanation(d)).toContain('subnet with 8 address(es) is too small, the minimum is 14');
  });
});
