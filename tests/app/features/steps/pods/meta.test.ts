// The Pods step's capacity text reads the one capacity (resolve.ts nodeCapacity), as the file comments and check do.
import { describe, expect, it } from 'vitest';
import { capacityText } from '../../../../../src/app/features/steps/pods/meta';
import { plan } from '../../../../helpers';

describe('capacityText', () => {
  it('the default plan: 2^(24−16) nodes of 254 pod IPs, 2^(64−56) of 2^64−2', () => {
    expect(capacityText(plan(), 'ipv4')).toEqual({ formula: '2^(24−16)', nodes: '256', podIps: '254' });
    expect(capacityText(plan(), 'ipv6')).toEqual({ formula: '2^(64−56)', nodes: '256', podIps: '2^64-2' });
  });
  it('changed in issue 19: a mask kube-controller-manager reads ("+26") counts; more than 64 bits of blocks does not', () => {
    expect(capacityText(plan({ nodeMask: { ipv4: '+26', ipv6: '64' } }), 'ipv4')).toEqual({ formula: '2^(26−16)', nodes: '1024', podIps: '62' });
    expect(capacityText(plan({ nodeMask: { ipv4: '24', ipv6: '128' } }), 'ipv6')).toBeNull();
  });
  it('no text where the mask does not cut the pod CIDR', () => {
    expect(capacityText(plan({ nodeMask: { ipv4: '15', ipv6: 'x' } }), 'ipv4')).toBeNull();
    expect(capacityText(plan({ nodeMask: { ipv4: '15', ipv6: 'x' } }), 'ipv6')).toBeNull();
  });
});
