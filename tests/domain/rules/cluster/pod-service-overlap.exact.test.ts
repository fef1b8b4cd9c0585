// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('cluster-pod-service-overlap', () => {
  it('each overlapping pair, with both fields and the canonical ranges', () => {
    const p = plan({ podCidr: { ipv4: '10.0.0.0/8', ipv6: 'fd00::/8' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/112' } });
    expect(findings(p, 'cluster-pod-service-overlap')).toEqual([
      { ...base, rule: 'cluster-pod-service-overlap', severity: 'warning', phase: 'runtime', fields: ['podCidr.ipv4', 'serviceCidr.ipv4'], params: { pod: '10.0.0.0/8', service: '10.96.0.0/16', family: 'IPv4' }, fixes: [{ label: 'set-service-cidr', params: { cidr: '172.16.0.0/16' }, set: [{ field: 'serviceCidr.ipv4', value: '172.16.0.0/16' }] }] },
      // fd00::/8 leaves no neighbourhood of its own to carve a Service range from: no fix rather than a guess.
      { ...base, rule: 'cluster-pod-service-overlap', severity: 'warning', phase: 'runtime', fields: ['podCidr.ipv6', 'serviceCidr.ipv6'], params: { pod: 'fd00::/8', service: 'fd00:10:96::/112', family: 'IPv6' } },
    ]);
    // The user's own prefix: beside fd00:10:244::/56, at the next /56 boundary, inside its /48.
    const inside = plan({ serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:244:1::/112' } });
    expect(findings(inside, 'cluster-pod-service-overlap')[0]!.fixes).toEqual([{ label: 'set-service-cidr', params: { cidr: 'fd00:10:244:100::/112' }, set: [{ field: 'serviceCidr.ipv6', value: 'fd00:10:244:100::/112' }] }]);
    // The kubeadm documentation's example (pods 2001:db8:42::/56, Services 2001:db8:42:1::/112) stays in 2001:db8:42::/48.
    const docs = plan({ podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42::/56' }, serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' } });
    expect(findings(docs, 'cluster-pod-service-overlap')[0]!.fixes[0]!.set).toEqual([{ field: 'serviceCidr.ipv6', value: '2001:db8:42:100::/112' }]);
  });
});
