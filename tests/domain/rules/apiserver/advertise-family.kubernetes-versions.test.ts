// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { explanation, message, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('apiserver-advertise-family before and after 1.24', () => {
  const ipv4Advertise = (kubernetesVersion: string) => plan({ kubernetesVersion, primaryFamily: 'ipv6', advertiseAddress: '192.168.10.11' });
  it('1.23 has no such check: a warning that the kubernetes Service likely stays unreachable', () => {
    const d = only(ipv4Advertise('1.23'), 'apiserver-advertise-family');
    expect(d.severity).toBe('warning');
    expect(d.params).toEqual({ serviceCidr: 'fd00:10:96::/112', family: 'IPv6', address: '192.168.10.11', mode: 'explicit', outcome: 'unchecked', kubernetes: '1.23' });
    expect(message(d)).toBe('advertiseAddress 192.168.10.11 is not IPv6, the family of the first serviceSubnet entry fd00:10:96::/112');
    expect(explanation(d)).toContain('kube-apiserver 1.23 does not compare --advertise-address with the first --service-cluster-ip-range entry (that check came in 1.24)');
    expect(explanation(d)).toContain('will likely fail to connect');
    expect(explanation(d)).not.toContain('must match public address family');
  });
  it('1.24 refuses to start', () => {
    const d = only(ipv4Advertise('1.24'), 'apiserver-advertise-family');
    expect(d.severity).toBe('error');
    expect(d.params).toEqual({ serviceCidr: 'fd00:10:96::/112', family: 'IPv6', address: '192.168.10.11', mode: 'explicit' });
    expect(explanation(d)).toContain('kube-apiserver refuses to start with "service IP family "fd00:10:96::/112" must match public address family "<advertise address>""');
  });
  it('auto-detection on an IPv6-first dual-stack cluster: a warning on 1.23, an error on 1.24', () => {
    const auto = (kubernetesVersion: string) =>
      only(plan({ kubernetesVersion, primaryFamily: 'ipv6', overrides: { advertiseAddressAutoDetect: true } }), 'apiserver-advertise-family');
    expect([auto('1.23').severity, auto('1.23').params.mode, auto('1.23').params.outcome]).toEqual(['warning', 'auto', 'unchecked']);
    expect([auto('1.24').severity, auto('1.24').params.outcome]).toEqual(['error', undefined]);
  });
});
