import { findings, message, only } from '../../../helpers';
import { at, ipv6FirstPods } from './several-rules.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-ipv6-first-podsubnet: the v0.20.2 boundary', () => {
  it.each([
    ['0.15.0', 'panic'],
    ['0.17.0', 'panic'],
    ['0.18.0', 'crashloop'],
    ['0.20.1', 'crashloop'],
  ])('crashes on v%s (%s)', (version, outcome) => {
    const d = only(at(version, ipv6FirstPods), 'flannel-ipv6-first-podsubnet');
    expect(d.params.outcome).toBe(outcome);
    expect(message(d)).toBe(`IPv6 is first in podSubnet "fd00:10:244::/56,10.244.0.0/16": Flannel v${version} crashes with "Address is not an IPv4 address"`);
    expect(d.fixes.map((f) => f.label)).toEqual(['set-flannel-version', 'put-ipv4-first']);
    expect(d.fixes[1]!.set).toEqual([{ field: 'overrides.podSubnetOrder', value: ['ipv4', 'ipv6'] }]);
  });
  it.each(['0.20.2', '0.22.0', '0.28.9'])('works on v%s', (version) => {
    expect(findings(at(version, ipv6FirstPods), 'flannel-ipv6-first-podsubnet')).toEqual([]);
  });
  it('an IPv6-primary plan with IPv4 first in podSubnet is the workaround and passes', () => {
    expect(findings(at('0.20.1', { primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } }), 'flannel-ipv6-first-podsubnet')).toEqual([]);
  });
  it('needs both the kubeadm and the Flannel side', () => {
    expect(findings(at('0.20.1', ipv6FirstPods), 'flannel-ipv6-first-podsubnet', ['kubeadm'])).toEqual([]);
  });
});
