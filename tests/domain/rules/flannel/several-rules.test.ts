import { explanation, findings, message, only, plan } from '../../../helpers';
import { at } from './several-rules.helpers';
import { describe, expect, it } from 'vitest';

describe('a dual-stack cluster with an IPv4-only net-conf (the stock kube-flannel.yml)', () => {
  const stock = { flannel: { enableIPv6: false, ipv6Network: '' } };
  it.each([
    ['0.15.0', 'warning', 'ignored'],
    ['0.17.0', 'warning', 'ignored'],
    ['0.18.0', 'error', 'panic'],
    ['0.18.1', 'error', 'not-in-config'],
    ['0.20.2', 'error', 'not-in-config'],
    ['0.21.0', 'error', 'no-ipv6-network'],
    ['0.24.4', 'error', 'no-ipv6-network'],
    ['0.25.0', 'error', 'panic'],
    ['0.27.4', 'error', 'panic'],
    ['0.28.0', 'warning', 'ignored'],
    ['0.28.9', 'warning', 'ignored'],
  ])('v%s: %s (%s)', (version, severity, outcome) => {
    const d = only(at(version, stock), 'flannel-dual-stack-ipv4-only-netconf');
    expect([d.severity, d.params.outcome]).toEqual([severity, outcome]);
    expect(d.fixes[0]!.set).toEqual([{ field: 'flannel.enableIPv6', value: true }, { field: 'flannel.ipv6Network', value: 'fd00:10:244::/56' }]);
  });
  it('quotes the v0.18.1–v0.20.x error from kubernetes/kubernetes#112167', () => {
    expect(explanation(only(at('0.19.2', stock), 'flannel-dual-stack-ipv4-only-netconf'))).toContain("specified in the PodCIDR, but doesn't exist in the flannel net config");
  });
});

describe('Network and IPv6Network', () => {
  it('an IPv6 CIDR in Network panics up to v0.28.8 and errors from v0.28.9', () => {
    const patch = { flannel: { network: 'fd00:10:244::/56' } };
    expect(only(at('0.28.8', patch), 'flannel-network-not-ipv4').params.outcome).toBe('panic');
    const d = only(at('0.28.9', patch), 'flannel-network-not-ipv4');
    expect(explanation(d)).toContain('invalid IPv4 CIDR format');
  });
  it('a non-CIDR is refused with Go\'s message', () => {
    expect(explanation(only(plan({ flannel: { network: '10.244.0.0' } }), 'flannel-network-invalid'))).toContain('invalid CIDR address: 10.244.0.0');
  });
  it('must contain the kubeadm pod CIDR from v0.18.0; a superset is fine', () => {
    expect(findings(plan({ flannel: { network: '10.0.0.0/8' } }), 'flannel-network-contains-pod-cidr')).toEqual([]);
    const d = only(plan({ flannel: { network: '10.245.0.0/16' } }), 'flannel-network-contains-pod-cidr');
    expect([d.severity, d.params.key]).toEqual(['error', 'Network']);
    expect(only(at('0.17.0', { flannel: { network: '10.245.0.0/16' } }), 'flannel-network-contains-pod-cidr').severity).toBe('warning');
    expect(only(plan({ flannel: { ipv6Network: 'fd00:99::/56' } }), 'flannel-network-contains-pod-cidr').params.key).toBe('IPv6Network');
  });
  it('EnableIPv6 without IPv6Network, by version', () => {
    const patch = { stack: 'ipv4' as const, flannel: { enableIPv6: true, ipv6Network: '' } };
    expect(only(at('0.19.1', patch), 'flannel-ipv6-network-missing').params.outcome).toBe('panic');
    expect(explanation(only(at('0.19.2', patch), 'flannel-ipv6-network-missing'))).toContain('Please define a correct IPv6Network parameter in the flannel config');
    expect(only(at('0.20.0', patch), 'flannel-ipv6-network-missing').params.outcome).toBe('unchecked');
  });
  it('no Network with IPv4 enabled, by version', () => {
    const patch = { flannel: { network: '' } };
    const outcome = (v: string) => only(at(v, patch), 'flannel-network-missing');
    expect([outcome('0.19.1').severity, outcome('0.19.1').params.outcome]).toEqual(['warning', 'accepted']);
    expect(outcome('0.19.2').params.outcome).toBe('parse-error');
    expect(outcome('0.20.1').params.outcome).toBe('accepted');
    expect(outcome('0.21.0').params.outcome).toBe('no-ipv4-network');
    expect(outcome('0.25.0').params.outcome).toBe('accepted');
    expect(outcome('0.28.0').params.outcome).toBe('not-contained');
  });
  it('both families off: none defined stack', () => {
    expect(explanation(only(plan({ flannel: { enableIPv4: false, enableIPv6: false } }), 'flannel-no-stack'))).toContain('none defined stack');
  });
});

describe('IPv6-only', () => {
  const v6only = { stack: 'ipv6' as const, primaryFamily: 'ipv6' as const };
  it('needs v0.17.0', () => {
    expect(only(at('0.16.3', v6only), 'flannel-ipv6-only-unsupported').fixes[0]!.set).toEqual([{ field: 'flannelVersion', value: '0.28.9' }]);
    expect(findings(at('0.17.0', v6only), 'flannel-ipv6-only-unsupported')).toEqual([]);
  });
  it('net-conf.json alone saying IPv6-only ("EnableIPv4": false) is enough on v0.15.0–v0.16.3', () => {
    const netConfOnly = { stack: 'ipv6' as const, primaryFamily: 'ipv6' as const, flannel: { enableIPv4: false, enableIPv6: true, network: '', ipv6Network: 'fd00:10:244::/56' } };
    for (const version of ['0.15.0', '0.16.3']) {
      const d = only(at(version, netConfOnly), 'flannel-ipv6-only-unsupported', ['flannel']);
      expect(d.severity).toBe('error');
      expect(message(d)).toBe(`Flannel v${version} cannot run an IPv6-only cluster`);
      expect(explanation(d)).toContain('whatever EnableIPv4 says');
    }
    expect(findings(at('0.17.0', netConfOnly), 'flannel-ipv6-only-unsupported', ['flannel'])).toEqual([]);
    // A dual-stack net-conf alone is not IPv6-only.
    expect(findings(at('0.16.3', { flannel: { enableIPv4: true, enableIPv6: true } }), 'flannel-ipv6-only-unsupported', ['flannel'])).toEqual([]);
  });
  it('with a kubeadm side, its podSubnet decides: "EnableIPv4": false on a dual-stack podSubnet is not IPv6-only', () => {
    expect(findings(at('0.16.3', { flannel: { enableIPv4: false } }), 'flannel-ipv6-only-unsupported')).toEqual([]);
  });
  it('needs "EnableIPv4": false', () => {
    const patch = { ...v6only, flannel: { enableIPv4: true } };
    expect(only(at('0.19.2', patch), 'flannel-ipv6-only-enable-ipv4').params.outcome).toBe('parse-error');
    expect(only(at('0.28.9', patch), 'flannel-ipv6-only-enable-ipv4').params.outcome).toBe('interface');
    expect(findings(at('0.28.9', v6only), 'flannel-ipv6-only-enable-ipv4')).toEqual([]);
  });
});

describe('EnableIPv6 without an IPv6 pod CIDR', () => {
  const patch = { stack: 'ipv4' as const, flannel: { enableIPv6: true, ipv6Network: 'fd00:10:244::/56' } };
  it.each([['0.20.0', 'panic-unsure'], ['0.21.0', 'panic'], ['0.25.7', 'panic'], ['0.26.0', 'error']])('v%s: %s', (version, outcome) => {
    expect(only(at(version, patch), 'flannel-enable-ipv6-without-pod-cidr').params.outcome).toBe(outcome);
  });
  it('quotes the v0.26.0 error', () => {
    expect(explanation(only(plan(patch), 'flannel-enable-ipv6-without-pod-cidr'))).toContain('IPv6 is enabled but the lease has no IPv6');
  });
});

describe('backends', () => {
  it('a missing Backend is udp', () => {
    expect(message(only(plan({ stack: 'ipv4', flannel: { backend: null } }), 'flannel-backend-missing'))).toBe('net-conf.json has no Backend, so Flannel uses udp');
  });
  it('IPv4-only backends drop IPv6 on dual-stack and panic on IPv6-only', () => {
    expect(only(plan({ flannel: { backend: { type: 'ipip' } } }), 'flannel-backend-no-ipv6').params.outcome).toBe('ipv6-dropped');
    expect(only(plan({ stack: 'ipv6', primaryFamily: 'ipv6', flannel: { backend: { type: 'udp' } } }), 'flannel-backend-no-ipv6').params.outcome).toBe('panic');
    for (const type of ['vxlan', 'host-gw', 'wireguard', 'VXLAN']) expect(findings(plan({ flannel: { backend: { type } } }), 'flannel-backend-no-ipv6')).toEqual([]);
    expect(findings(plan({ stack: 'ipv4', flannel: { backend: { type: 'ipip' } } }), 'flannel-backend-no-ipv6')).toEqual([]);
  });
  it('unknown backends, and names that come and go by version', () => {
    expect(explanation(only(plan({ flannel: { backend: { type: 'vxlam' } } }), 'flannel-backend-unknown'))).toContain('unknown backend type: vxlam');
    expect(only(at('0.15.1', { stack: 'ipv4', flannel: { backend: { type: 'wireguard' } } }), 'flannel-backend-unknown').params.reason).toBe('added-later');
    expect(findings(at('0.16.0', { stack: 'ipv4', flannel: { backend: { type: 'wireguard' } } }), 'flannel-backend-unknown')).toEqual([]);
    expect(findings(at('0.19.2', { stack: 'ipv4', flannel: { backend: { type: 'aws-vpc' } } }), 'flannel-backend-unknown')).toEqual([]);
    expect(only(at('0.20.0', { stack: 'ipv4', flannel: { backend: { type: 'aws-vpc' } } }), 'flannel-backend-unknown').params.reason).toBe('removed');
    expect(only(plan({ flannel: { backend: { type: '' } } }), 'flannel-backend-unknown').params.type).toBe('');
  });
  it('wireguard Mode from v0.18.0', () => {
    const wg = (mode: string, version = '0.28.9') => at(version, { flannel: { backend: { type: 'wireguard', mode } } });
    for (const mode of ['separate', 'auto', 'ipv4', 'ipv6']) expect(findings(wg(mode), 'flannel-wireguard-mode')).toEqual([]);
    expect(explanation(only(wg('both'), 'flannel-wireguard-mode'))).toContain('no valid Mode configured');
    expect(only(wg('both', '0.17.0'), 'flannel-wireguard-mode').severity).toBe('warning');
  });
  it('ipsec PSK needs 96 characters', () => {
    const ipsec = (psk: string) => plan({ stack: 'ipv4', flannel: { backend: { type: 'ipsec', psk } } });
    expect(explanation(only(ipsec('x'.repeat(95)), 'flannel-ipsec-psk'))).toContain('config error, password is too short');
    expect(findings(ipsec('x'.repeat(96)), 'flannel-ipsec-psk')).toEqual([]);
  });
});

describe('SubnetLen, SubnetMin and SubnetMax', () => {
  it('are ignored in kube mode from v0.20.0', () => {
    expect(only(at('0.20.0', { flannel: { subnetLen: 26 } }), 'flannel-subnet-options-ignored').params.keys).toBe('SubnetLen');
    expect(findings(at('0.19.2', { flannel: { subnetLen: 26 } }), 'flannel-subnet-options-ignored')).toEqual([]);
  });
  it.each([
    [{ subnetLen: 31 }, 'SubnetLen must be less than /31'],
    [{ subnetLen: 17 }, 'Network must be able to accommodate at least four subnets'],
    [{ subnetMin: '10.245.0.0' }, 'SubnetMin is not in the range of the Network'],
    [{ subnetMax: '10.244.1.128' }, 'SubnetMax is not on a SubnetLen boundary: 10.244.1.128'],
  ])('are fatal up to v0.19.x when wrong: %j', (flannel, text) => {
    expect(only(at('0.19.2', { stack: 'ipv4', flannel }), 'flannel-subnet-options-invalid').params.message).toBe(text);
    expect(findings(at('0.20.0', { stack: 'ipv4', flannel }), 'flannel-subnet-options-invalid')).toEqual([]);
  });
  it('a Network longer than /28 is too small up to v0.19.x', () => {
    const p = at('0.19.0', { stack: 'ipv4', podCidr: { ipv4: '10.244.0.0/29', ipv6: '' }, nodeMask: { ipv4: '30', ipv6: '64' } });
    expect(only(p, 'flannel-subnet-options-invalid').params.message).toBe('Network is too small. Minimum useful network prefix is /28');
  });
  it('valid values pass', () => {
    expect(findings(at('0.19.2', { stack: 'ipv4', flannel: { subnetLen: 24, subnetMin: '10.244.1.0', subnetMax: '10.244.255.0' } }), 'flannel-subnet-options-invalid')).toEqual([]);
  });
});

describe('version-gated options and hints', () => {
  it('EnableNFTables before v0.25.0, MTU before v0.21.3', () => {
    expect(findings(at('0.24.4', { flannel: { enableNFTables: true } }), 'flannel-nftables-unsupported')).toHaveLength(1);
    expect(findings(at('0.25.0', { flannel: { enableNFTables: true } }), 'flannel-nftables-unsupported')).toEqual([]);
    expect(findings(at('0.21.2', { flannel: { backend: { type: 'vxlan', mtu: 1400 } } }), 'flannel-mtu-unsupported')).toHaveLength(1);
    expect(findings(at('0.21.3', { flannel: { backend: { type: 'vxlan', mtu: 1400 } } }), 'flannel-mtu-unsupported')).toEqual([]);
  });
  it('--iface=<IP> on dual-stack before v0.27.4', () => {
    expect(findings(at('0.27.3', { flannel: { iface: '192.168.10.11' } }), 'flannel-iface-address-dual-stack')).toHaveLength(1);
    expect(findings(at('0.27.4', { flannel: { iface: '192.168.10.11' } }), 'flannel-iface-address-dual-stack')).toEqual([]);
    expect(findings(at('0.27.3', { flannel: { iface: 'eth0' } }), 'flannel-iface-address-dual-stack')).toEqual([]);
  });
  it('br_netfilter from v0.26.0 unless nftables', () => {
    expect(findings(at('0.25.7'), 'flannel-br-netfilter')).toEqual([]);
    expect(only(at('0.26.0'), 'flannel-br-netfilter').params.families).toBe('bridge-nf-call-iptables, bridge-nf-call-ip6tables');
    expect(findings(at('0.26.0', { flannel: { enableNFTables: true } }), 'flannel-br-netfilter')).toEqual([]);
  });
  it('an unknown version warns and falls back to the newest', () => {
    expect(only(plan({ flannelVersion: '0.14.0' }), 'flannel-version-unknown').params.reason).toBe('out-of-range');
    expect(only(plan({ flannelVersion: 'latest' }), 'flannel-version-unknown').params).toMatchObject({ reason: 'unparsable', assumed: '0.28.9' });
  });
});
