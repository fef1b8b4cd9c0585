// The runtime rules that only a running cluster's Node objects show, at their boundaries and versions.
import { plan } from '../../../helpers';
import { dualFirst4, found, node, words } from './several-rules.cluster-state.helpers';
import { describe, expect, it } from 'vitest';

describe('cluster-node-pod-cidr-family-missing: pod CIDRs are assigned when a node is created', () => {
  const id = 'cluster-node-pod-cidr-family-missing';
  const ipv4Only = [node('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64']), node('w-2', ['10.244.2.0/24']), node('w-3', ['10.244.3.0/24'])];
  it('names every node without an IPv6 podCIDR, and what Flannel with EnableIPv6 does there, by version', () => {
    const at = (version: string) => found(plan({ flannelVersion: version, flannel: { enableIPv6: true, ipv6Network: 'fd00:10:244::/56' } }), ipv4Only, id);
    expect(at('0.26.0')[0]!.params).toEqual({ family: 'IPv6', nodes: 'w-2, w-3', count: 2, basis: 'podSubnet', flannel: 'error', version: '0.26.0' });
    expect(at('0.25.999')[0]!.params.flannel).toBe('panic');
    expect(at('0.25.7')[0]!.params.flannel).toBe('panic');
    expect(at('0.20.999')[0]!.params.flannel).toBe('panic-unsure');
    expect(at('0.21.0')[0]!.params.flannel).toBe('panic');
    expect(at('0.20.2')[0]!.params.flannel).toBe('panic-unsure');
    expect(at('0.26.0')[0]!.fields).toEqual(['cluster.nodes.1.podCidrs', 'podCidr']);
    const d = words(at('0.28.9')[0]!);
    expect(d.message).toBe('2 nodes have no IPv6 podCIDR, though the cluster is dual-stack: w-2, w-3');
    expect(d.explanation).toContain('Flannel v0.28.9 on them exits with "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6".');
    expect(d.explanation).toContain('k3s-io/k3s#10726');
    expect(d.fix).toContain('`kubectl delete node NODE`');
  });
  it('without a net-conf.json read, says nothing of Flannel; one node is named alone', () => {
    const [d] = found(dualFirst4, ipv4Only.slice(0, 2), id);
    expect(d!.params).toMatchObject({ nodes: 'w-2', count: 1, flannel: 'none' });
    expect(words(d!).message).toBe('Node w-2 has no IPv6 podCIDR, though the cluster is dual-stack');
    expect(words(d!).explanation).not.toContain('Flannel v');
  });
  it('an IPv6 node in a dual-stack cluster lacks IPv4 the same way', () => {
    expect(found(dualFirst4, [node('w-6', ['fd00:10:244:6::/64'])], id).map((d) => d.params.family)).toEqual(['IPv4']);
  });
  it('silent on a single-stack cluster, for nodes without any podCIDR, and when every node has both', () => {
    expect(found(plan({ stack: 'ipv4' }), ipv4Only.slice(1), id)).toEqual([]);
    expect(found(dualFirst4, [node('w-1', [])], id)).toEqual([]);
    expect(found(dualFirst4, ipv4Only.slice(0, 1), id)).toEqual([]);
  });
  it('without kubeadm\'s side, a dual-stack net-conf.json read from a file says the cluster is dual-stack', () => {
    const netConf = plan({ flannel: { enableIPv4: true, enableIPv6: true, network: '10.244.0.0/16', ipv6Network: 'fd00:10:244::/56' } });
    expect(found(netConf, ipv4Only, id, ['flannel', 'cluster'])[0]!.params).toMatchObject({ basis: 'net-conf', nodes: 'w-2, w-3' });
    // The plan's own derived net-conf (no file) is not evidence.
    expect(found(dualFirst4, ipv4Only, id, ['flannel', 'cluster'])).toEqual([]);
  });
});
