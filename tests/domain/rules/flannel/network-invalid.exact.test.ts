// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { diag } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-network-invalid', () => {
  const id = 'flannel-network-invalid';
  it('Network and IPv6Network that are not CIDRs, each at its own field', () => {
    expect(findings(plan({ flannel: { network: '10.244.0.0', ipv6Network: 'fd00::/129' } }), id)).toEqual([
      diag(id, 'error', ['flannel.network'], { key: 'Network', value: '10.244.0.0' }),
      diag(id, 'error', ['flannel.ipv6Network'], { key: 'IPv6Network', value: 'fd00::/129' }),
    ]);
  });
  it('a leading zero, which Go refuses, is invalid', () => {
    expect(findings(plan({ flannel: { network: '010.244.0.0/16' } }), id)).toEqual([diag(id, 'error', ['flannel.network'], { key: 'Network', value: '010.244.0.0/16' })]);
  });
  it('silent for valid networks and for empty ones (their own rules)', () => {
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ flannel: { network: '', ipv6Network: '' } }), id)).toEqual([]);
  });
  it('a typo in a pod field that net-conf derives from is said at the pod field only', () => {
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16x', ipv6: 'fd00:10:244::/56x' } }), id)).toEqual([]);
    // The same text read from a net-conf.json is Flannel's own.
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16x', ipv6: 'fd00:10:244::/56' }, flannel: { network: '10.244.0.0/16x' } }), id)).toEqual([
      diag(id, 'error', ['flannel.network'], { key: 'Network', value: '10.244.0.0/16x' }),
    ]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56x' }, flannel: { ipv6Network: 'fd00:10:244::/56x' } }), id)).toEqual([
      diag(id, 'error', ['flannel.ipv6Network'], { key: 'IPv6Network', value: 'fd00:10:244::/56x' }),
    ]);
    // A typo in the other family's pod field does not hide this one.
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16x', ipv6: 'fd00:10:244::/56' }, flannel: { ipv6Network: 'fd00::/129' } }), id)).toEqual([
      diag(id, 'error', ['flannel.ipv6Network'], { key: 'IPv6Network', value: 'fd00::/129' }),
    ]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56x' }, flannel: { network: '10.244.0.0' } }), id)).toEqual([
      diag(id, 'error', ['flannel.network'], { key: 'Network', value: '10.244.0.0' }),
    ]);
  });
});
