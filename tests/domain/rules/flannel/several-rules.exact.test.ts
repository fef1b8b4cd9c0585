// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { type PlanPatch, findings, plan } from '../../../helpers';
import { UPGRADE, VXLAN, at, diag, v4only, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
