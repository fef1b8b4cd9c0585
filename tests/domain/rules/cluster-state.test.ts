// The runtime rules that only a running cluster's Node objects show, at their boundaries and versions.
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { ENGLISH } from '../../../src/content/en';
import type { ClusterNode, ClusterState } from '../../../src/domain/cluster';
import type { Plan } from '../../../src/domain/plan';
import { runRules } from '../../../src/domain/rules/engine';
import type { Diagnostic, Scope } from '../../../src/domain/rules/types';
import { plan } from '../../helpers';

const node = (name: string, podCidrs: string[], extra: Partial<ClusterNode> = {}): ClusterNode => ({
  name,
  controlPlane: false,
  podCidr: podCidrs[0] ?? '',
  podCidrs,
  internalIps: [],
  flannel: {},
  ...extra,
});
const run = (p: Plan, nodes: ClusterNode[], scopes: Scope[] = ['kubeadm', 'flannel', 'cluster']): Diagnostic[] => runRules(p, { scopes, cluster: { nodes } satisfies ClusterState });
const found = (p: Plan, nodes: ClusterNode[], rule: string, scopes?: Scope[]) => run(p, nodes, scopes).filter((d) => d.rule === rule);
const words = (d: Diagnostic) => describeDiagnostic(d, ENGLISH);

// podSubnet 10.244.0.0/16,fd00:10:244::/56 (the default plan: dual-stack, IPv4 first).
const dualFirst4 = plan();

describe('cluster-node-pod-cidrs-mismatch: range_allocator occupyCIDRs at start-up', () => {
  const id = 'cluster-node-pod-cidrs-mismatch';
  it('a node in podSubnet\'s order and ranges passes, up to the last block of each range', () => {
    expect(found(dualFirst4, [node('w-1', ['10.244.255.0/24', 'fd00:10:244:ff::/64'])], id)).toEqual([]);
    // A block holding the whole range is in range too (cidr_set.go: either holds the other's base).
    expect(found(dualFirst4, [node('w-1', ['10.0.0.0/8'])], id)).toEqual([]);
  });
  it('the first block past the range, or a node in the other order, stops kube-controller-manager', () => {
    const [past] = found(dualFirst4, [node('w-9', ['10.245.0.0/24', 'fd00:10:244:1::/64'])], id);
    expect(past!.params).toEqual({ node: 'w-9', podCidrs: '10.245.0.0/24,fd00:10:244:1::/64', clusterCidr: '10.244.0.0/16,fd00:10:244::/56', index: 0, cidr: '10.245.0.0/24', range: '10.244.0.0/16', outcome: 'out-of-range' });
    expect(past!.fields).toEqual(['cluster.nodes.0.podCidrs', 'podCidr']);
    const [swapped] = found(dualFirst4, [node('cp-1', ['fd00:10:244::/64', '10.244.0.0/24'])], id);
    expect(swapped!.params).toMatchObject({ index: 0, cidr: 'fd00:10:244::/64', range: '10.244.0.0/16', outcome: 'out-of-range' });
    expect(words(swapped!).explanation).toContain('"failed to mark cidr[fd00:10:244::/64] at idx [0] as occupied for node: cp-1: cidr fd00:10:244::/64 is out the range of cluster cidr 10.244.0.0/16"');
    expect(words(swapped!).message).toBe('Node cp-1 has podCIDRs "fd00:10:244::/64,10.244.0.0/24", which do not fit --cluster-cidr "10.244.0.0/16,fd00:10:244::/56" in that order');
  });
  it('a dual-stack node on a single-stack podSubnet has a block at an index that does not exist', () => {
    const single = plan({ stack: 'ipv4' });
    const [d] = found(single, [node('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'])], id);
    expect(d!.params).toMatchObject({ index: 1, cidr: 'fd00:10:244::/64', range: '', outcome: 'no-range' });
    expect(words(d!).explanation).toContain('"node:cp-1 has an allocated cidr: fd00:10:244::/64 at index:1 that does not exist in cluster cidrs configuration"');
  });
  it('one finding per node that does not fit; a single-family node that fits index 0 is another rule\'s', () => {
    const nodes = [node('a-1', ['10.244.1.0/24']), node('b-1', ['10.9.0.0/24']), node('c-1', ['fd00:10:244:2::/64', '10.244.2.0/24'])];
    expect(found(dualFirst4, nodes, id).map((d) => d.params.node)).toEqual(['b-1', 'c-1']);
  });
  it('reads --cluster-cidr from controllerManager.extraArgs when set; silent without node IPAM, kubeadm, or the cluster', () => {
    const given = plan({ overrides: { controllerManagerArgs: { 'cluster-cidr': 'fd00:10:244::/56,10.244.0.0/16' } } });
    expect(found(given, [node('cp-1', ['fd00:10:244::/64', '10.244.0.0/24'])], id)).toEqual([]);
    expect(found(given, [node('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'])], id)).toHaveLength(1);
    const off = plan({ overrides: { controllerManagerArgs: { 'allocate-node-cidrs': 'false' } } });
    expect(found(off, [node('cp-1', ['10.9.0.0/24'])], id)).toEqual([]);
    expect(found(dualFirst4, [node('cp-1', ['10.9.0.0/24'])], id, ['flannel', 'cluster'])).toEqual([]);
    expect(runRules(dualFirst4).filter((d) => d.rule === id)).toEqual([]);
  });
  it('a node without podCIDRs, or with one that does not parse, is not this rule\'s', () => {
    expect(found(dualFirst4, [node('w-1', []), node('w-2', ['banana', '10.9.0.0/24'])], id)).toEqual([]);
  });
});

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
