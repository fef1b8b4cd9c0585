// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { FLANNEL_ONLY, at, diag, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-network-not-ipv4', () => {
  const id = 'flannel-network-not-ipv4';
  const moveFix = (network: string, extra: unknown[] = []) => ({
    label: 'move-to-ipv6network',
    set: [{ field: 'flannel.ipv6Network', value: 'fd00:10:244::/56' }, { field: 'flannel.enableIPv6', value: true }, { field: 'flannel.network', value: network }, ...extra],
  });
  it('v0.28.8 panics, v0.28.9 errors; the fix moves it to IPv6Network and puts the IPv4 pod CIDR in Network', () => {
    const patch = { flannel: { network: 'fd00:10:244::/56' } };
    expect(findings(at('0.28.8', patch), id)).toEqual([diag(id, 'error', ['flannel.network'], { value: 'fd00:10:244::/56', version: '0.28.8', outcome: 'panic' }, [moveFix('10.244.0.0/16')])]);
    expect(findings(at('0.28.9', patch), id)).toEqual([diag(id, 'error', ['flannel.network'], { value: 'fd00:10:244::/56', version: '0.28.9', outcome: 'error' }, [moveFix('10.244.0.0/16')])]);
  });
  it('without an IPv4 pod CIDR the fix empties Network and turns IPv4 off', () => {
    const fix = moveFix('', [{ field: 'flannel.enableIPv4', value: false }]);
    expect(findings(plan({ flannel: { network: 'fd00:10:244::/56' } }), id, [...FLANNEL_ONLY])).toEqual([
      diag(id, 'error', ['flannel.network'], { value: 'fd00:10:244::/56', version: '0.28.9', outcome: 'error' }, [fix]),
    ]);
    expect(findings(plan({ ...v6only, flannel: { enableIPv4: true, network: 'fd00:10:244::/56' } }), id)[0]!.fixes).toEqual([fix]);
  });
  it('silent for an IPv4 Network, an invalid one, and one derived from a mistyped pod field', () => {
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ flannel: { network: 'fd00::/129' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: 'fd00:10:244::/56', ipv6: 'fd00:10:244::/56' } }), id)).toEqual([]);
  });
});
