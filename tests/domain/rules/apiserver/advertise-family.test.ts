import { explanation, findings, message, only, plan } from '../../../helpers';
import { ipv6First } from '../components.helpers';
import { describe, expect, it } from 'vitest';

describe('apiserver-advertise-family', () => {
  it('an IPv6-first serviceSubnet with an IPv4 advertise address stops kube-apiserver', () => {
    const d = only(plan({ ...ipv6First, advertiseAddress: '192.168.10.11' }), 'apiserver-advertise-family');
    expect(d.severity).toBe('error');
    expect(message(d)).toBe('advertiseAddress 192.168.10.11 is not IPv6, the family of the first serviceSubnet entry fd00:10:96::/112');
    expect(explanation(d)).toContain('service IP family "fd00:10:96::/112" must match public address family');
    expect(d.fixes[0]!.set).toEqual([{ field: 'advertiseAddress', value: 'fd00:192:168:10::11' }]);
  });
  it('no advertise address on an IPv6-first dual-stack cluster: kubeadm detects IPv4', () => {
    const d = only(plan({ ...ipv6First, overrides: { advertiseAddressAutoDetect: true } }), 'apiserver-advertise-family');
    expect([d.severity, d.params.mode]).toEqual(['error', 'auto']);
  });
  it('IPv6-only with auto-detection is only a warning (a host without IPv4 picks IPv6)', () => {
    expect(only(plan({ stack: 'ipv6', primaryFamily: 'ipv6', overrides: { advertiseAddressAutoDetect: true } }), 'apiserver-advertise-family').severity).toBe('warning');
  });
  it('the wizard default follows the primary service family, so it is clean', () => {
    expect(findings(plan(ipv6First), 'apiserver-advertise-family')).toEqual([]);
    expect(findings(plan({ overrides: { advertiseAddressAutoDetect: true } }), 'apiserver-advertise-family')).toEqual([]);
  });
});
