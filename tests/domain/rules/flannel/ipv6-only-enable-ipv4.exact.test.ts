// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { FLANNEL_ONLY, at, diag, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-ipv6-only-enable-ipv4', () => {
  const id = 'flannel-ipv6-only-enable-ipv4';
  const fix = { label: 'disable-ipv4', set: [{ field: 'flannel.enableIPv4', value: false }, { field: 'flannel.network', value: '' }] };
  it.each([
    ['0.17.0', 'panic'],
    ['0.19.1', 'panic'],
    ['0.19.2', 'parse-error'],
    ['0.19.99', 'parse-error'],
    ['0.20.0', 'interface'],
  ])('v%s: %s', (version, outcome) => {
    expect(findings(at(version, { ...v6only, flannel: { enableIPv4: true } }), id)).toEqual([diag(id, 'error', ['flannel.enableIPv4'], { version, outcome }, [fix])]);
  });
  it('silent with IPv4 off, on dual-stack, and without a kubeadm side', () => {
    expect(findings(plan(v6only), id)).toEqual([]);
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ ...v6only, flannel: { enableIPv4: true } }), id, [...FLANNEL_ONLY])).toEqual([]);
    // Dual-stack with IPv6 first is not IPv6-only.
    expect(findings(plan({ overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } }), id)).toEqual([]);
  });
});
