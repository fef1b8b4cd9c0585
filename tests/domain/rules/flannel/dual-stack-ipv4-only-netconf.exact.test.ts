// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import type { Severity } from '../../../../src/domain/rules/types';
import { findings, plan } from '../../../helpers';
import { FLANNEL_ONLY, at, diag, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-dual-stack-ipv4-only-netconf', () => {
  const id = 'flannel-dual-stack-ipv4-only-netconf';
  const fields = ['flannel.enableIPv6', 'flannel.ipv6Network'];
  const fix = { label: 'enable-ipv6', params: { cidr: 'fd00:10:244::/56' }, set: [{ field: 'flannel.enableIPv6', value: true }, { field: 'flannel.ipv6Network', value: 'fd00:10:244::/56' }] };
  it.each([
    ['0.17.99', 'warning', 'ignored'],
    ['0.18.0', 'error', 'panic'],
    ['0.18.1', 'error', 'not-in-config'],
    ['0.20.99', 'error', 'not-in-config'],
    ['0.21.0', 'error', 'no-ipv6-network'],
    ['0.24.99', 'error', 'no-ipv6-network'],
    ['0.25.0', 'error', 'panic'],
    ['0.27.99', 'error', 'panic'],
    ['0.28.0', 'warning', 'ignored'],
  ])('no IPv6Network, v%s: %s (%s)', (version, severity, outcome) => {
    expect(findings(at(version, { flannel: { enableIPv6: false, ipv6Network: '' } }), id)).toEqual([
      diag(id, severity as Severity, fields, { version, outcome, pod: 'fd00:10:244::/56' }, [fix]),
    ]);
  });
  it('an IPv6Network with EnableIPv6 off is an error on every version', () => {
    for (const version of ['0.15.0', '0.28.9']) {
      expect(findings(at(version, { flannel: { enableIPv6: false, ipv6Network: 'fd00:10:244::/56' } }), id)).toEqual([diag(id, 'error', fields, { version, outcome: 'not-enabled', pod: 'fd00:10:244::/56' }, [fix])]);
    }
  });
  it('silent with IPv6 on, one pod CIDR, a podSubnet kubeadm refuses, or no kubeadm side', () => {
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ ...v6only, flannel: { enableIPv6: false } }), id)).toEqual([]);
    expect(findings(plan({ overrides: { podSubnet: '10.244.0.0/16,fd00:10:244::/56,fd00:10:245::/56' }, flannel: { enableIPv6: false } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { enableIPv6: false } }), id, [...FLANNEL_ONLY])).toEqual([]);
  });
});
