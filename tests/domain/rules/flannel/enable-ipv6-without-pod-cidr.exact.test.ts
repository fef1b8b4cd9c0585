// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { at, diag, v4only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-enable-ipv6-without-pod-cidr', () => {
  const id = 'flannel-enable-ipv6-without-pod-cidr';
  const fix = { label: 'disable-ipv6', set: [{ field: 'flannel.enableIPv6', value: false }, { field: 'flannel.ipv6Network', value: '' }] };
  it.each([
    ['0.15.0', 'panic-unsure'],
    ['0.20.99', 'panic-unsure'],
    ['0.21.0', 'panic'],
    ['0.25.99', 'panic'],
    ['0.26.0', 'error'],
  ])('v%s: %s', (version, outcome) => {
    expect(findings(at(version, { ...v4only, flannel: { enableIPv6: true, ipv6Network: 'fd00:10:244::/56' } }), id)).toEqual([
      diag(id, 'error', ['flannel.enableIPv6', 'podCidr.ipv6'], { version, outcome }, [fix]),
    ]);
  });
  it('silent with IPv6 off, with an IPv6 pod CIDR, a podSubnet kubeadm refuses, or a typo in a pod field', () => {
    expect(findings(plan(v4only), id)).toEqual([]);
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ ...v4only, overrides: { podSubnet: '10.244.0.0/16,10.245.0.0/16' }, flannel: { enableIPv6: true, ipv6Network: 'fd00::/56' } }), id)).toEqual([]);
    expect(findings(plan({ ...v4only, podCidr: { ipv4: '10.244.0.0/16x', ipv6: '' }, flannel: { enableIPv6: true, ipv6Network: 'fd00::/56' } }), id)).toEqual([]);
  });
});
