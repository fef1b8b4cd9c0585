// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import type { Severity } from '../../../../src/domain/rules/types';
import { findings, plan } from '../../../helpers';
import { FLANNEL_ONLY, at, diag, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-network-missing', () => {
  const id = 'flannel-network-missing';
  const fix = { label: 'set-network', params: { cidr: '10.244.0.0/16' }, set: [{ field: 'flannel.network', value: '10.244.0.0/16' }] };
  it.each([
    ['0.15.0', 'warning', 'accepted'],
    ['0.19.1', 'warning', 'accepted'],
    ['0.19.2', 'error', 'parse-error'],
    ['0.19.99', 'error', 'parse-error'],
    ['0.20.0', 'warning', 'accepted'],
    ['0.20.99', 'warning', 'accepted'],
    ['0.21.0', 'error', 'no-ipv4-network'],
    ['0.24.99', 'error', 'no-ipv4-network'],
    ['0.25.0', 'warning', 'accepted'],
    ['0.27.99', 'warning', 'accepted'],
    ['0.28.0', 'error', 'not-contained'],
    ['0.28.9', 'error', 'not-contained'],
  ])('v%s: %s (%s)', (version, severity, outcome) => {
    expect(findings(at(version, { flannel: { network: '' } }), id)).toEqual([
      diag(id, severity as Severity, ['flannel.network'], { version, outcome, pod: '10.244.0.0/16' }, [fix]),
    ]);
  });
  it('without a kubeadm side there is no pod CIDR to offer', () => {
    expect(findings(plan({ flannel: { network: '' } }), id, [...FLANNEL_ONLY])).toEqual([diag(id, 'error', ['flannel.network'], { version: '0.28.9', outcome: 'not-contained', pod: '' })]);
  });
  it('silent with IPv4 off, with a Network, on an IPv6-only podSubnet, and for an emptied IPv4 pod field', () => {
    expect(findings(plan({ flannel: { enableIPv4: false, network: '' } }), id)).toEqual([]);
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ ...v6only, flannel: { enableIPv4: true, network: '' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '', ipv6: 'fd00:10:244::/56' } }), id)).toEqual([]);
  });
  it('an IPv6-only podSubnet does not excuse it when the pod fields have a typo, nor without a kubeadm side', () => {
    expect(findings(plan({ ...v6only, podCidr: { ipv4: '', ipv6: 'fd00:10:244::/56x' }, flannel: { enableIPv4: true, network: '' } }), id)).toHaveLength(1);
    expect(findings(plan({ ...v6only, flannel: { enableIPv4: true, network: '' } }), id, [...FLANNEL_ONLY])).toHaveLength(1);
  });
});
