// The runtime rules that only a running cluster's Node objects show, at their boundaries and versions.
import { runRules } from '../../../../src/domain/rules/engine';
import { plan } from '../../../helpers';
import { dualFirst4, found, node, words } from './several-rules.cluster-state.helpers';
import { describe, expect, it } from 'vitest';

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
