// kube-apiserver, kubelet and kube-proxy rules: the exact diagnostic (severity, fields, params, fixes) for an input,
// on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('apiserver-advertise-family', () => {
  const id = 'apiserver-advertise-family';
  const setAdvertise = (address: string) => [{ label: 'set-advertise-address', params: { address }, set: [{ field: 'advertiseAddress', value: address }] }];

  it('explicit address of the other family: error with the Service CIDR as written and a fix to the init node\'s address', () => {
    expect(findings(plan({ primaryFamily: 'ipv6', advertiseAddress: '192.168.10.11' }), id)).toEqual([
      {
        rule: id,
        severity: 'error',
        component: 'kube-apiserver',
        phase: 'runtime',
        fields: ['advertiseAddress', 'serviceCidr'],
        params: { serviceCidr: 'fd00:10:96::/112', family: 'IPv6', address: '192.168.10.11', mode: 'explicit' },
        fixes: setAdvertise('fd00:192:168:10::11'),
      },
    ]);
    expect(findings(plan({ advertiseAddress: 'fd00:192:168:10::11' }), id)[0]).toMatchObject({ params: { family: 'IPv4', mode: 'explicit' }, fixes: setAdvertise('192.168.10.11') });
  });

  it('no fix when the init node has no address in that family; the first control-plane node is the init node', () => {
    const p = plan({ primaryFamily: 'ipv6', advertiseAddress: '10.0.0.1', nodes: [{ name: 'w', role: 'worker', ipv4: '1.1.1.1', ipv6: 'fd00::9' }, { name: 'c', role: 'control-plane', ipv4: '2.2.2.2', ipv6: '' }] });
    expect(findings(p, id)[0]).toMatchObject({ severity: 'error', fixes: [] });
    const q = plan({ primaryFamily: 'ipv6', advertiseAddress: '10.0.0.1', nodes: [{ name: 'w', role: 'worker', ipv4: '1.1.1.1', ipv6: 'fd00::9' }, { name: 'c', role: 'control-plane', ipv4: '2.2.2.2', ipv6: 'fd00::2' }] });
    expect(findings(q, id)[0]!.fixes).toEqual(setAdvertise('fd00::2'));
  });

  it('silent when the address matches, does not parse, or the serviceSubnet is not valid', () => {
    expect(findings(plan({ primaryFamily: 'ipv6', advertiseAddress: 'fd00::1' }), id)).toEqual([]);
    expect(findings(plan({ primaryFamily: 'ipv6', advertiseAddress: 'bogus' }), id)).toEqual([]);
    expect(findings(plan({ advertiseAddress: 'fd00::1', overrides: { serviceSubnet: '10.96.0.0/16,10.97.0.0/16' } }), id)).toEqual([]);
    expect(findings(plan({ advertiseAddress: 'fd00::1', overrides: { serviceSubnet: '' } }), id)).toEqual([]);
    expect(findings(plan({ advertiseAddress: 'fd00::1', overrides: { serviceSubnet: 'x' } }), id)).toEqual([]);
  });

  it('auto-detected: silent for an IPv4-first Service CIDR; IPv6-first is an error on dual-stack, a warning on IPv6-only', () => {
    expect(findings(plan({ advertiseAddress: '0.0.0.0' }), id)).toEqual([]);
    expect(findings(plan({ primaryFamily: 'ipv6', advertiseAddress: '::' }), id)).toEqual([
      {
        rule: id,
        severity: 'error',
        component: 'kube-apiserver',
        phase: 'runtime',
        fields: ['advertiseAddress', 'serviceCidr'],
        params: { serviceCidr: 'fd00:10:96::/112', family: 'IPv6', mode: 'auto' },
        fixes: setAdvertise('fd00:192:168:10::11'),
      },
    ]);
    // One IPv6 Service CIDR but an IPv4 pod CIDR: the host is dual-stack, so still an error.
    expect(findings(plan({ primaryFamily: 'ipv6', advertiseAddress: '::', overrides: { serviceSubnet: 'fd00:10:96::/112' } }), id)[0]!.severity).toBe('error');
    // Dual Services alone make the host dual-stack too.
    expect(findings(plan({ primaryFamily: 'ipv6', advertiseAddress: '::', overrides: { podSubnet: 'fd00:10:244::/56' } }), id)[0]!.severity).toBe('error');
    const v6only = plan({ stack: 'ipv6', primaryFamily: 'ipv6', overrides: { advertiseAddressAutoDetect: true } });
    expect(findings(v6only, id)[0]).toMatchObject({ severity: 'warning', params: { mode: 'auto', family: 'IPv6' } });
  });
});
