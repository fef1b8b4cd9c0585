// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings } from '../../../helpers';
import { UPGRADE, at, diag } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
