// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { at, diag, v4only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-ipv6-network-missing', () => {
  const id = 'flannel-ipv6-network-missing';
  it.each([
    ['0.15.0', 'panic'],
    ['0.19.1', 'panic'],
    ['0.19.2', 'error'],
    ['0.19.9', 'error'],
    ['0.20.0', 'unchecked'],
    ['0.28.9', 'unchecked'],
  ])('v%s: %s; the fix takes the IPv6 pod CIDR', (version, outcome) => {
    const fix = { label: 'set-ipv6network', params: { cidr: 'fd00:10:244::/56' }, set: [{ field: 'flannel.ipv6Network', value: 'fd00:10:244::/56' }] };
    expect(findings(at(version, { flannel: { ipv6Network: '' } }), id)).toEqual([diag(id, 'error', ['flannel.ipv6Network'], { version, outcome }, [fix])]);
  });
  it('no fix without an IPv6 pod CIDR', () => {
    expect(findings(plan({ ...v4only, flannel: { enableIPv6: true, ipv6Network: '' } }), id)).toEqual([diag(id, 'error', ['flannel.ipv6Network'], { version: '0.28.9', outcome: 'unchecked' })]);
  });
  it('silent with IPv6 off, with an IPv6Network, and when the emptied IPv6 pod field is what net-conf derives from', () => {
    expect(findings(plan({ flannel: { enableIPv6: false, ipv6Network: '' } }), id)).toEqual([]);
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '' } }), id)).toEqual([]);
    // Read from a file, the same empty IPv6Network is reported even though the pod field is empty too.
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '' }, flannel: { ipv6Network: '' } }), id)).toHaveLength(1);
  });
});
