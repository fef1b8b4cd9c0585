// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings } from '../../../helpers';
import { FLANNEL_ONLY, UPGRADE, at, diag, v4only, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-ipv6-only-unsupported', () => {
  const id = 'flannel-ipv6-only-unsupported';
  it('an IPv6-only podSubnet on v0.16.3', () => {
    expect(findings(at('0.16.3', v6only), id)).toEqual([diag(id, 'error', ['flannelVersion', 'stack'], { version: '0.16.3' }, [UPGRADE])]);
  });
  it('not IPv6-only: a dual-stack podSubnet, an IPv4-only one, or pod fields with a typo', () => {
    expect(findings(at('0.16.3'), id)).toEqual([]);
    expect(findings(at('0.16.3', v4only), id)).toEqual([]);
    expect(findings(at('0.16.3', { ...v6only, podCidr: { ipv4: '', ipv6: 'fd00:10:244::/56x' } }), id)).toEqual([]);
    expect(findings(at('0.16.3', { overrides: { podSubnet: 'fd00:10:244::/56,fd00:10:245::/56' } }), id)).toEqual([]);
  });
  it('without a kubeadm side, net-conf decides: IPv6 on and IPv4 off', () => {
    expect(findings(at('0.16.3', { flannel: { enableIPv4: false, enableIPv6: true } }), id, [...FLANNEL_ONLY])).toHaveLength(1);
    expect(findings(at('0.16.3', { flannel: { enableIPv4: false, enableIPv6: false } }), id, [...FLANNEL_ONLY])).toEqual([]);
    expect(findings(at('0.16.3', { flannel: { enableIPv4: true, enableIPv6: true } }), id, [...FLANNEL_ONLY])).toEqual([]);
  });
});
