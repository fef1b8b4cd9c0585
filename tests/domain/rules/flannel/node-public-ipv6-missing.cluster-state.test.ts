// The runtime rules that only a running cluster's Node objects show, at their boundaries and versions.
import { plan } from '../../../helpers';
import { found, node, words } from '../cluster/several-rules.cluster-state.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-node-public-ipv6-missing: nodeToLease needs public-ipv6 with EnableIPv6', () => {
  const id = 'flannel-node-public-ipv6-missing';
  const annotated = (v6: string | undefined) => ({ 'kube-subnet-manager': 'true', 'public-ip': '192.168.10.22', ...(v6 === undefined ? {} : { 'public-ipv6': v6 }) });
  const dualNetConf = (version: string) => plan({ flannelVersion: version, flannel: { enableIPv6: true, ipv6Network: 'fd00:10:244::/56' } });
  const nodes = [
    node('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { flannel: annotated('fd00::11') }),
    node('w-2', ['10.244.2.0/24', 'fd00:10:244:2::/64'], { flannel: annotated(undefined) }),
    node('w-3', ['10.244.3.0/24', 'fd00:10:244:3::/64'], { flannel: annotated('') }),
    node('w-4', ['10.244.4.0/24', 'fd00:10:244:4::/64']),
  ];
  it('annotated nodes without a parsable public-ipv6 are skipped by every peer, with ParseIP6\'s words of the version', () => {
    const [skipped, noLease] = found(dualNetConf('0.27.4'), nodes, id);
    expect(skipped!.params).toEqual({ nodes: 'w-2, w-3', count: 2, outcome: 'skipped', version: '0.27.4', error: 'Invalid IP address format' });
    expect(skipped!.fields).toEqual(['cluster.nodes.1.annotations', 'flannel.enableIPv6']);
    expect(words(skipped!).explanation).toContain('logs \'Error turning node "<node>" to lease: Invalid IP address format\'');
    expect(found(dualNetConf('0.27.999'), nodes, id)[0]!.params.error).toBe('Invalid IP address format');
    expect(found(dualNetConf('0.28.0'), nodes, id)[0]!.params.error).toBe('invalid IP address format');
    expect(found(dualNetConf('0.15.0'), nodes, id).map((d) => d.params.outcome)).toEqual(['skipped', 'no-lease']);
    expect(noLease!.params).toMatchObject({ nodes: 'w-4', count: 1, outcome: 'no-lease' });
    expect(words(noLease!).message).toBe('Flannel has not annotated w-4, though net-conf.json enables IPv6');
    expect(words(skipped!).fix).toContain('`kubectl -n kube-flannel rollout restart daemonset kube-flannel-ds`');
  });
  it('silent when net-conf.json read from a file does not enable IPv6, or every node has public-ipv6', () => {
    expect(found(plan(), nodes, id)).toEqual([]);
    expect(found(plan({ flannel: { enableIPv6: false } }), nodes, id)).toEqual([]);
    expect(found(dualNetConf('0.28.9'), nodes.slice(0, 1), id)).toEqual([]);
    expect(found(dualNetConf('0.28.9'), nodes, id, ['kubeadm', 'flannel'])).toEqual([]);
  });
});
