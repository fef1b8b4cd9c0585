// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/domain/rules/types';
import { findings, plan, type PlanPatch } from '../../helpers';

const at = (version: string, patch: PlanPatch = {}) => plan({ ...patch, flannelVersion: version });
const diag = (rule: string, severity: Severity, fields: string[], params: Record<string, unknown>, fixes: unknown[] = []) => ({
  rule,
  severity,
  component: 'flannel',
  phase: 'runtime',
  fields,
  params,
  fixes,
});
const UPGRADE = { label: 'set-flannel-version', params: { version: '0.28.9' }, set: [{ field: 'flannelVersion', value: '0.28.9' }] };
const VXLAN = { label: 'set-backend', params: { type: 'vxlan' }, set: [{ field: 'flannel.backend', value: { type: 'vxlan' } }] };
const FLANNEL_ONLY = ['flannel'] as const;
const v4only = { stack: 'ipv4' as const };
const v6only = { stack: 'ipv6' as const, primaryFamily: 'ipv6' as const };

describe('flannel-version-unknown', () => {
  const id = 'flannel-version-unknown';
  it.each(['0.15.0', '0.28.9', 'v0.20.1', '0.21.0-rc1'])('silent for %s', (version) => {
    expect(findings(plan({ flannelVersion: version }), id)).toEqual([]);
  });
  it.each([
    ['0.14.9', '0.14.9'],
    ['0.28.10', '0.28.10'],
    ['1.0.0', '1.0.0'],
  ])('%s is out of range, and the rules read it as written', (version, assumed) => {
    expect(findings(plan({ flannelVersion: version }), id)).toEqual([diag(id, 'warning', ['flannelVersion'], { value: version, assumed, reason: 'out-of-range' })]);
  });
  it('text that is no version is read as the newest', () => {
    expect(findings(plan({ flannelVersion: 'latest' }), id)).toEqual([diag(id, 'warning', ['flannelVersion'], { value: 'latest', assumed: '0.28.9', reason: 'unparsable' })]);
  });
});

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

describe('flannel-no-stack', () => {
  const id = 'flannel-no-stack';
  it('both families off', () => {
    expect(findings(plan({ flannel: { enableIPv4: false, enableIPv6: false } }), id)).toEqual([diag(id, 'error', ['flannel.enableIPv4', 'flannel.enableIPv6'], {})]);
  });
  it('either family on is a stack', () => {
    expect(findings(plan({ flannel: { enableIPv4: true, enableIPv6: false } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { enableIPv4: false, enableIPv6: true } }), id)).toEqual([]);
  });
});

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

describe('flannel-network-contains-pod-cidr', () => {
  const id = 'flannel-network-contains-pod-cidr';
  const fields4 = ['flannel.network', 'podCidr.ipv4'];
  const fields6 = ['flannel.ipv6Network', 'podCidr.ipv6'];
  it('v0.18.0+: an error per family, with a fix to the pod CIDR', () => {
    expect(findings(at('0.18.0', { flannel: { network: '10.245.0.0/16', ipv6Network: 'fd00:99::/56' } }), id)).toEqual([
      diag(id, 'error', fields4, { key: 'Network', network: '10.245.0.0/16', pod: '10.244.0.0/16', version: '0.18.0', outcome: 'error' }, [
        { label: 'set-network', params: { cidr: '10.244.0.0/16' }, set: [{ field: 'flannel.network', value: '10.244.0.0/16' }] },
      ]),
      diag(id, 'error', fields6, { key: 'IPv6Network', network: 'fd00:99::/56', pod: 'fd00:10:244::/56', version: '0.18.0', outcome: 'error' }, [
        { label: 'set-network', params: { cidr: 'fd00:10:244::/56' }, set: [{ field: 'flannel.ipv6Network', value: 'fd00:10:244::/56' }] },
      ]),
    ]);
  });
  it('before v0.18.0 a warning: traffic is masqueraded', () => {
    expect(findings(at('0.17.0', { flannel: { network: '10.245.0.0/16' } }), id)).toEqual([
      diag(id, 'warning', fields4, { key: 'Network', network: '10.245.0.0/16', pod: '10.244.0.0/16', version: '0.17.0', outcome: 'masquerade' }, [
        { label: 'set-network', params: { cidr: '10.244.0.0/16' }, set: [{ field: 'flannel.network', value: '10.244.0.0/16' }] },
      ]),
    ]);
  });
  it('a Network written with host bits is quoted as its network', () => {
    expect(findings(plan({ flannel: { network: '10.245.1.0/16' } }), id)[0]!.params.network).toBe('10.245.0.0/16');
  });
  it('equal or larger networks pass; a smaller one inside the pod CIDR does not', () => {
    expect(findings(plan({ flannel: { network: '10.244.0.0/16', ipv6Network: 'fd00:10:244::/56' } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { network: '10.0.0.0/8', ipv6Network: 'fd00::/8' } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { network: '10.244.0.0/17' } }), id).map((d) => d.params.network)).toEqual(['10.244.0.0/17']);
  });
  it('silent when the family is off, has no pod CIDR, a Network of the other family, or the pod fields have a typo', () => {
    expect(findings(plan({ flannel: { enableIPv4: false, network: '10.245.0.0/16' } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { enableIPv6: false, ipv6Network: 'fd00:99::/56' } }), id)).toEqual([]);
    expect(findings(plan({ ...v4only, flannel: { enableIPv6: true, ipv6Network: 'fd00:99::/56' } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { network: 'fd00:99::/56' } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { ipv6Network: '10.245.0.0/16' } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { network: '10.245.0.0' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56x' }, flannel: { network: '10.245.0.0/16' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16x', ipv6: 'fd00:10:244::/56' }, flannel: { ipv6Network: 'fd00:99::/56' } }), id)).toEqual([]);
  });
});

describe('flannel-ipv6-first-podsubnet', () => {
  const id = 'flannel-ipv6-first-podsubnet';
  it('a verbatim podSubnet is reordered in place', () => {
    const p = at('0.17.0', { overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16' } });
    expect(findings(p, id)).toEqual([
      diag(id, 'error', ['podCidr', 'flannelVersion'], { version: '0.17.0', podSubnet: 'fd00:10:244::/56,10.244.0.0/16', outcome: 'panic', ipv4First: '10.244.0.0/16,fd00:10:244::/56' }, [
        UPGRADE,
        { label: 'put-ipv4-first', set: [{ field: 'overrides.podSubnet', value: '10.244.0.0/16,fd00:10:244::/56' }] },
      ]),
    ]);
  });
  it('per-family fields get their order swapped', () => {
    const p = at('0.18.0', { overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } });
    expect(findings(p, id)).toEqual([
      diag(id, 'error', ['podCidr', 'flannelVersion'], { version: '0.18.0', podSubnet: 'fd00:10:244::/56,10.244.0.0/16', outcome: 'crashloop', ipv4First: '10.244.0.0/16,fd00:10:244::/56' }, [
        UPGRADE,
        { label: 'put-ipv4-first', set: [{ field: 'overrides.podSubnetOrder', value: ['ipv4', 'ipv6'] }] },
      ]),
    ]);
  });
  it('silent with IPv4 off in net-conf, one CIDR, IPv4 first, or a podSubnet kubeadm refuses', () => {
    expect(findings(at('0.17.0', { overrides: { podSubnetOrder: ['ipv6', 'ipv4'] }, flannel: { enableIPv4: false } }), id)).toEqual([]);
    expect(findings(at('0.17.0', { overrides: { podSubnet: 'fd00:10:244::/56' } }), id)).toEqual([]);
    expect(findings(at('0.17.0'), id)).toEqual([]);
    expect(findings(at('0.17.0', { overrides: { podSubnet: 'fd00:10:244::/56,fd00:10:245::/56' } }), id)).toEqual([]);
    expect(findings(at('0.17.0', { overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16,10.245.0.0/16' } }), id)).toEqual([]);
  });
});

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

describe('backends', () => {
  it('flannel-backend-missing', () => {
    const id = 'flannel-backend-missing';
    expect(findings(plan({ ...v4only, flannel: { backend: null } }), id)).toEqual([diag(id, 'warning', ['flannel.backend.type'], {}, [VXLAN])]);
    expect(findings(plan({ flannel: { backend: { type: '' } } }), id)).toEqual([]);
  });

  describe('flannel-backend-unknown', () => {
    const id = 'flannel-backend-unknown';
    const unknown = (type: string, version: string, reason: string, fixes: unknown[]) => diag(id, 'error', ['flannel.backend.type'], { type, version, reason }, fixes);
    it('a name no version registers, as written', () => {
      expect(findings(plan({ ...v4only, flannel: { backend: { type: 'VXLAM' } } }), id)).toEqual([unknown('VXLAM', '0.28.9', 'unknown', [VXLAN])]);
    });
    it('wireguard before v0.16.0 is added later: upgrade', () => {
      expect(findings(at('0.15.1', { ...v4only, flannel: { backend: { type: 'WireGuard' } } }), id)).toEqual([unknown('WireGuard', '0.15.1', 'added-later', [UPGRADE])]);
    });
    it.each(['aws-vpc', 'gce', 'ali-vpc'])('%s is removed in v0.20.0', (type) => {
      expect(findings(at('0.19.2', { ...v4only, flannel: { backend: { type } } }), id)).toEqual([]);
      expect(findings(at('0.20.0', { ...v4only, flannel: { backend: { type } } }), id)).toEqual([unknown(type, '0.20.0', 'removed', [VXLAN])]);
    });
    it.each(['vxlan', 'host-gw', 'udp', 'ipip', 'ipsec', 'alloc', 'extension', 'tencent-vpc'])('%s is known on v0.15.0 and v0.28.9', (type) => {
      expect(findings(at('0.15.0', { ...v4only, flannel: { backend: { type } } }), id)).toEqual([]);
      expect(findings(at('0.28.9', { ...v4only, flannel: { backend: { type } } }), id)).toEqual([]);
    });
  });

  describe('flannel-backend-no-ipv6', () => {
    const id = 'flannel-backend-no-ipv6';
    const noV6 = (type: string, outcome: string) => diag(id, 'error', ['flannel.backend.type'], { type, outcome }, [VXLAN]);
    it.each(['udp', 'ipip', 'ipsec', 'alloc'])('%s: IPv6 dropped on dual-stack, a panic on IPv6-only', (type) => {
      expect(findings(plan({ flannel: { backend: { type } } }), id)).toEqual([noV6(type, 'ipv6-dropped')]);
      expect(findings(plan({ ...v6only, flannel: { backend: { type } } }), id)).toEqual([noV6(type, 'panic')]);
    });
    it.each(['extension', 'tencent-vpc'])('%s drops IPv6 even on IPv6-only', (type) => {
      expect(findings(plan({ ...v6only, flannel: { backend: { type } } }), id)).toEqual([noV6(type, 'ipv6-dropped')]);
    });
    it('the type is read lower-cased; a missing Backend is udp', () => {
      expect(findings(plan({ flannel: { backend: { type: 'IPIP' } } }), id)).toEqual([noV6('ipip', 'ipv6-dropped')]);
      expect(findings(plan({ flannel: { backend: null } }), id)).toEqual([noV6('udp', 'ipv6-dropped')]);
    });
    it('silent for dual-stack backends, IPv4-only plans, and unknown names', () => {
      for (const type of ['vxlan', 'host-gw', 'wireguard']) expect(findings(plan({ flannel: { backend: { type } } }), id)).toEqual([]);
      expect(findings(plan({ ...v4only, flannel: { backend: { type: 'udp' } } }), id)).toEqual([]);
      expect(findings(plan({ flannel: { backend: { type: 'vxlam' } } }), id)).toEqual([]);
      expect(findings(at('0.20.0', { flannel: { backend: { type: 'gce' } } }), id)).toEqual([]);
    });
  });

  describe('flannel-wireguard-mode', () => {
    const id = 'flannel-wireguard-mode';
    const wg = (mode: string | undefined, version = '0.28.9', type = 'wireguard') => at(version, { flannel: { backend: mode === undefined ? { type } : { type, mode } } });
    it('an unknown Mode from v0.18.0 is an error with a fix to separate', () => {
      expect(findings(wg('both', '0.18.0'), id)).toEqual([
        diag(id, 'error', ['flannel.backend.mode'], { mode: 'both', version: '0.18.0', outcome: 'error' }, [
          { label: 'set-wireguard-mode', params: { mode: 'separate' }, set: [{ field: 'flannel.backend.mode', value: 'separate' }] },
        ]),
      ]);
    });
    it('before v0.18.0 any Mode is ignored (warning), valid ones too', () => {
      expect(findings(wg('both', '0.17.0'), id)).toEqual([diag(id, 'warning', ['flannel.backend.mode'], { mode: 'both', version: '0.17.0', outcome: 'ignored' })]);
      expect(findings(wg('auto', '0.17.0'), id)).toEqual([diag(id, 'warning', ['flannel.backend.mode'], { mode: 'auto', version: '0.17.0', outcome: 'ignored' })]);
    });
    it('silent for valid modes, no Mode, an empty one, and other backends', () => {
      for (const mode of ['separate', 'auto', 'ipv4', 'ipv6']) expect(findings(wg(mode), id)).toEqual([]);
      expect(findings(wg(undefined), id)).toEqual([]);
      expect(findings(wg('', '0.17.0'), id)).toEqual([]);
      expect(findings(wg('both', '0.28.9', 'vxlan'), id)).toEqual([]);
      expect(findings(wg('both', '0.28.9', 'WireGuard'), id)).toHaveLength(1);
    });
  });

  it('flannel-ipsec-psk: fewer than 96 characters, or none', () => {
    const id = 'flannel-ipsec-psk';
    const ipsec = (psk: string | undefined, type = 'ipsec') => plan({ ...v4only, flannel: { backend: psk === undefined ? { type } : { type, psk } } });
    expect(findings(ipsec('x'.repeat(95)), id)).toEqual([diag(id, 'error', ['flannel.backend.psk'], { length: 95 })]);
    expect(findings(ipsec(undefined), id)).toEqual([diag(id, 'error', ['flannel.backend.psk'], { length: 0 })]);
    expect(findings(ipsec('short', 'IPsec'), id)).toEqual([diag(id, 'error', ['flannel.backend.psk'], { length: 5 })]);
    expect(findings(ipsec('x'.repeat(96)), id)).toEqual([]);
    expect(findings(ipsec('short', 'vxlan'), id)).toEqual([]);
  });
});

describe('SubnetLen, SubnetMin, SubnetMax', () => {
  it('flannel-subnet-options-ignored lists every key set, from v0.20.0', () => {
    const id = 'flannel-subnet-options-ignored';
    const all = { subnetLen: 26, subnetMin: '10.244.1.0', subnetMax: '10.244.9.0', ipv6SubnetLen: 72, ipv6SubnetMin: 'fd00:10:244::', ipv6SubnetMax: 'fd00:10:244:ff::' };
    expect(findings(at('0.20.0', { flannel: all }), id)).toEqual([
      diag(id, 'warning', ['flannel.subnetLen', 'flannel.subnetMin', 'flannel.subnetMax'], { keys: 'SubnetLen, SubnetMin, SubnetMax, IPv6SubnetLen, IPv6SubnetMin, IPv6SubnetMax', version: '0.20.0' }),
    ]);
    expect(findings(at('0.28.9', { flannel: { ipv6SubnetMax: 'fd00:10:244:ff::' } }), id)[0]!.params.keys).toBe('IPv6SubnetMax');
    expect(findings(at('0.28.9'), id)).toEqual([]);
  });

  describe('flannel-subnet-options-invalid (v0.19.x and before)', () => {
    const id = 'flannel-subnet-options-invalid';
    const fields = ['flannel.network', 'flannel.ipv6Network', 'flannel.subnetLen', 'flannel.subnetMin', 'flannel.subnetMax'];
    const messages = (patch: PlanPatch, version = '0.19.2') => findings(at(version, patch), id).map((d) => d.params.message);
    it('the whole diagnostic', () => {
      expect(findings(at('0.15.0', { ...v4only, flannel: { subnetLen: 31 } }), id)).toEqual([diag(id, 'error', fields, { message: 'SubnetLen must be less than /31', version: '0.15.0' })]);
    });
    it('SubnetLen: /30 at most, at least Network + 2', () => {
      expect(messages({ ...v4only, flannel: { subnetLen: 30 } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { subnetLen: 31 } })).toEqual(['SubnetLen must be less than /31']);
      expect(messages({ ...v4only, flannel: { subnetLen: 18 } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { subnetLen: 17 } })).toEqual(['Network must be able to accommodate at least four subnets']);
      expect(messages({ ...v4only, flannel: { subnetLen: 0 } })).toEqual([]);
    });
    it('IPv6SubnetLen: /126 at most, at least IPv6Network + 2', () => {
      expect(messages({ ...v6only, flannel: { ipv6SubnetLen: 126 } })).toEqual([]);
      expect(messages({ ...v6only, flannel: { ipv6SubnetLen: 127 } })).toEqual(['SubnetLen must be less than /127']);
      expect(messages({ ...v6only, flannel: { ipv6SubnetLen: 58 } })).toEqual([]);
      expect(messages({ ...v6only, flannel: { ipv6SubnetLen: 57 } })).toEqual(['Network must be able to accommodate at least four subnets']);
    });
    it('one family\'s SubnetLen does not apply to the other', () => {
      expect(messages({ flannel: { subnetLen: 60 } })).toEqual(['SubnetLen must be less than /31']);
      expect(messages({ flannel: { ipv6SubnetLen: 20 } })).toEqual(['Network must be able to accommodate at least four subnets']);
    });
    it('a Network or IPv6Network too small without SubnetLen', () => {
      expect(messages({ ...v4only, flannel: { network: '10.244.0.0/28' } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { network: '10.244.0.0/29' } })).toEqual(['Network is too small. Minimum useful network prefix is /28']);
      expect(messages({ ...v6only, flannel: { ipv6Network: 'fd00::/124' } })).toEqual([]);
      expect(messages({ ...v6only, flannel: { ipv6Network: 'fd00::/125' } })).toEqual(['IPv6Network is too small. Minimum useful network prefix is /124']);
    });
    it('SubnetMin and SubnetMax: inside the Network, on a SubnetLen boundary (default /24 up to a /22 Network, else prefix + 2)', () => {
      expect(messages({ ...v4only, flannel: { subnetMin: '10.244.0.0', subnetMax: '10.244.255.0' } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { subnetMin: '10.243.255.0', subnetMax: '10.245.0.0' } })).toEqual([
        'SubnetMin is not in the range of the Network',
        'SubnetMax is not in the range of the Network',
      ]);
      expect(messages({ ...v4only, flannel: { subnetMin: '10.244.0.128', subnetMax: '10.244.255.255' } })).toEqual([
        'SubnetMin is not on a SubnetLen boundary: 10.244.0.128',
        'SubnetMax is not on a SubnetLen boundary: 10.244.255.255',
      ]);
      // A /22 Network still gets /24 subnets; a /23 gets /25.
      expect(messages({ ...v4only, flannel: { network: '10.244.0.0/22', subnetMin: '10.244.1.0', subnetMax: '10.244.3.128' } })).toEqual(['SubnetMax is not on a SubnetLen boundary: 10.244.3.128']);
      expect(messages({ ...v4only, flannel: { network: '10.244.0.0/23', subnetMin: '10.244.0.128', subnetMax: '10.244.1.64' } })).toEqual(['SubnetMax is not on a SubnetLen boundary: 10.244.1.64']);
      // An explicit SubnetLen sets the step.
      expect(messages({ ...v4only, flannel: { subnetLen: 26, subnetMin: '10.244.0.64', subnetMax: '10.244.0.32' } })).toEqual(['SubnetMax is not on a SubnetLen boundary: 10.244.0.32']);
    });
    it('IPv6SubnetMin and IPv6SubnetMax: /64 up to a /62 IPv6Network, else prefix + 2', () => {
      expect(messages({ ...v6only, flannel: { ipv6SubnetMin: 'fd00:10:244::', ipv6SubnetMax: 'fd00:10:244:ff::' } })).toEqual([]);
      expect(messages({ ...v6only, flannel: { ipv6SubnetMin: 'fd00:10:243::', ipv6SubnetMax: 'fd00:10:244:ff::1' } })).toEqual([
        'IPv6SubnetMin is not in the range of the IPv6Network',
        'IPv6SubnetMax is not on a SubnetLen boundary: fd00:10:244:ff::1',
      ]);
      expect(messages({ ...v6only, flannel: { ipv6Network: 'fd00::/62', ipv6SubnetMax: 'fd00:0:0:3:8000::' } })).toEqual(['IPv6SubnetMax is not on a SubnetLen boundary: fd00:0:0:3:8000::']);
      expect(messages({ ...v6only, flannel: { ipv6Network: 'fd00::/63', ipv6SubnetMax: 'fd00:0:0:1:8000::' } })).toEqual([]);
    });
    it('an unparsable SubnetMin is fatal for IPv4; an unparsable IPv6SubnetMin is not checked', () => {
      expect(messages({ ...v4only, flannel: { subnetMin: 'x' } })).toEqual(['Invalid IP address format']);
      expect(messages({ ...v4only, flannel: { subnetMax: 'fd00::' } })).toEqual(['Invalid IP address format']);
      expect(messages({ ...v6only, flannel: { ipv6SubnetMin: 'x', ipv6SubnetMax: '10.244.0.0' } })).toEqual([]);
    });
    it('skips a family that is off or whose Network is missing, invalid or of the other family', () => {
      expect(messages({ flannel: { enableIPv4: false, subnetLen: 31 } })).toEqual([]);
      expect(messages({ flannel: { enableIPv4: false, network: '10.244.0.0/16', subnetLen: 31 } })).toEqual([]);
      expect(messages({ flannel: { enableIPv6: false, ipv6Network: 'fd00:10:244::/56', ipv6SubnetLen: 127 } })).toEqual([]);
      expect(messages({ flannel: { enableIPv6: false, ipv6SubnetLen: 127 } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { network: '', subnetLen: 31 } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { network: 'fd00::/56', subnetLen: 31 } })).toEqual([]);
      expect(messages({ ...v4only, flannel: { network: '10.244.0.0', subnetLen: 31 } })).toEqual([]);
    });
    it('both families report, IPv4 first', () => {
      expect(messages({ flannel: { subnetLen: 31, ipv6SubnetLen: 127 } })).toEqual(['SubnetLen must be less than /31', 'SubnetLen must be less than /127']);
    });
  });
});

describe('version-gated options and hints', () => {
  it('flannel-nftables-unsupported', () => {
    const id = 'flannel-nftables-unsupported';
    expect(findings(at('0.24.99', { flannel: { enableNFTables: true } }), id)).toEqual([diag(id, 'warning', ['flannel.enableNFTables'], { version: '0.24.99' }, [UPGRADE])]);
    expect(findings(at('0.24.99'), id)).toEqual([]);
  });
  it('flannel-mtu-unsupported: vxlan and wireguard only', () => {
    const id = 'flannel-mtu-unsupported';
    expect(findings(at('0.21.2', { flannel: { backend: { type: 'WireGuard', mtu: 1400 } } }), id)).toEqual([diag(id, 'warning', ['flannel.backend.mtu'], { version: '0.21.2' })]);
    expect(findings(at('0.21.2', { flannel: { backend: { type: 'vxlan', mtu: 1400 } } }), id)).toHaveLength(1);
    expect(findings(at('0.21.2', { flannel: { backend: { type: 'host-gw', mtu: 1400 } } }), id)).toEqual([]);
    expect(findings(at('0.21.2', { flannel: { backend: { type: 'vxlan' } } }), id)).toEqual([]);
    expect(findings(at('0.21.2', { flannel: { backend: null } }), id)).toEqual([]);
  });
  it('flannel-iface-address-dual-stack: an address of either family, on dual-stack only', () => {
    const id = 'flannel-iface-address-dual-stack';
    expect(findings(at('0.27.3', { flannel: { iface: 'fd00::11' } }), id)).toEqual([diag(id, 'warning', ['flannel.iface'], { iface: 'fd00::11', version: '0.27.3' }, [UPGRADE])]);
    expect(findings(at('0.27.3', { ...v4only, flannel: { iface: '192.168.10.11' } }), id)).toEqual([]);
    expect(findings(at('0.27.3', { ...v6only, flannel: { iface: 'fd00::11' } }), id)).toEqual([]);
  });
  it('flannel-dual-stack-default-routes: dual-stack without --iface', () => {
    const id = 'flannel-dual-stack-default-routes';
    expect(findings(plan(), id)).toEqual([diag(id, 'info', ['flannel.iface'], {})]);
    expect(findings(plan({ flannel: { iface: 'eth0' } }), id)).toEqual([]);
    expect(findings(plan(v4only), id)).toEqual([]);
    expect(findings(plan(v6only), id)).toEqual([]);
  });
  it('flannel-br-netfilter names the sysctl of each family on', () => {
    const id = 'flannel-br-netfilter';
    expect(findings(at('0.26.0'), id)).toEqual([diag(id, 'info', ['flannel.enableNFTables'], { version: '0.26.0', families: 'bridge-nf-call-iptables, bridge-nf-call-ip6tables' })]);
    expect(findings(plan(v4only), id)[0]!.params.families).toBe('bridge-nf-call-iptables');
    expect(findings(plan(v6only), id)[0]!.params.families).toBe('bridge-nf-call-ip6tables');
  });
});
