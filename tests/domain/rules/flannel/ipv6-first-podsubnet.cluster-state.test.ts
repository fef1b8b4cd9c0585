// The runtime rules that only a running cluster's Node objects show, at their boundaries and versions.
import { plan } from '../../../helpers';
import { found, node, words } from '../cluster/several-rules.cluster-state.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-ipv6-first-podsubnet fed by the nodes\' podCIDR order', () => {
  const id = 'flannel-ipv6-first-podsubnet';
  const ipv6First = [node('cp-1', ['fd00:10:244::/64', '10.244.0.0/24']), node('w-1', ['fd00:10:244:1::/64', '10.244.1.0/24']), node('w-2', ['10.244.2.0/24', 'fd00:10:244:2::/64'])];
  it('fires up to v0.20.1 with the nodes whose spec.podCIDR is IPv6, and only the upgrade as a fix', () => {
    const [d] = found(plan({ flannelVersion: '0.20.1' }), ipv6First, id, ['flannel', 'cluster']);
    expect(d!.params).toEqual({ version: '0.20.1', podSubnet: 'fd00:10:244::/64,10.244.0.0/24', nodes: 'cp-1, w-1', source: 'nodes', outcome: 'crashloop' });
    expect(d!.fixes.map((f) => f.label)).toEqual(['set-flannel-version']);
    expect(d!.fields).toEqual(['cluster.nodes.0.podCidrs', 'flannelVersion']);
    expect(words(d!).message).toBe('IPv6 is first in the podCIDRs of cp-1, w-1 ("fd00:10:244::/64,10.244.0.0/24"): Flannel v0.20.1 crashes with "Address is not an IPv4 address"');
    expect(found(plan({ flannelVersion: '0.20.2' }), ipv6First, id, ['flannel', 'cluster'])).toEqual([]);
    expect(found(plan({ flannelVersion: '0.18.0' }), ipv6First, id, ['flannel', 'cluster'])[0]!.params.outcome).toBe('crashloop');
    expect(found(plan({ flannelVersion: '0.17.0' }), ipv6First, id, ['flannel', 'cluster'])[0]!.params.outcome).toBe('panic');
  });
  it('the nodes win over kubeadm\'s podSubnet, whose order they no longer follow', () => {
    const [d] = found(plan({ flannelVersion: '0.19.2' }), ipv6First, id);
    expect(d!.params.source).toBe('nodes');
    expect(found(plan({ flannelVersion: '0.19.2' }), ipv6First.slice(2), id)).toEqual([]);
  });
  it('spec.podCIDR alone is read when podCIDRs is empty; an IPv6-only node or EnableIPv4 false is not this rule\'s', () => {
    const legacy = { ...node('w-5', []), podCidr: 'fd00:10:244:5::/64', podCidrs: [] };
    expect(found(plan({ flannelVersion: '0.20.1' }), [legacy], id, ['flannel', 'cluster'])).toEqual([]);
    const podCidrOnly = node('w-6', ['fd00:10:244:6::/64', '10.244.6.0/24'], { podCidr: '' });
    expect(found(plan({ flannelVersion: '0.20.1' }), [podCidrOnly], id, ['flannel', 'cluster'])).toHaveLength(1);
    expect(found(plan({ flannelVersion: '0.20.1', flannel: { enableIPv4: false } }), ipv6First, id, ['flannel', 'cluster'])).toEqual([]);
  });
});
