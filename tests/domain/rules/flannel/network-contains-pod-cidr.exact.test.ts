// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { at, diag, v4only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

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
