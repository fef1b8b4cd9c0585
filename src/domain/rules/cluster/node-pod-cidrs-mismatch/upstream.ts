import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // A running cluster's state (rules/cluster-state.ts): what kube-controller-manager and the other nodes' flanneld print.
  {
    id: 'cluster-node-pod-cidrs-mismatch/occupy',
    rule: 'cluster-node-pod-cidrs-mismatch',
    component: 'kube-controller-manager',
    text: 'failed to mark cidr[%v] at idx [%v] as occupied for node: %v: %v',
    example: 'E1126 09:12:40.512937       1 controllermanager.go:337] "Error starting controllers" err="failed to mark cidr[10.244.0.0/24] at idx [0] as occupied for node: cp-1: cidr 10.244.0.0/24 is out the range of cluster cidr fd00:10:244::/56"',
    template: 'failed to mark cidr[{cidr:cidr}] at idx [{index:int}] as occupied for node: {node:name}: cidr {:cidr} is out the range of cluster cidr {range:cidr}',
    source: 'kubernetes pkg/controller/nodeipam/ipam/range_allocator.go occupyCIDRs; cidrset/cidr_set.go getBeginningAndEndIndices',
    params: { 'cluster-node-pod-cidrs-mismatch': { outcome: 'out-of-range' } },
  },
  {
    id: 'cluster-node-pod-cidrs-mismatch/no-range',
    rule: 'cluster-node-pod-cidrs-mismatch',
    component: 'kube-controller-manager',
    text: 'node:%s has an allocated cidr: %v at index:%v that does not exist in cluster cidrs configuration',
    example: 'E1126 09:12:40.512937       1 controllermanager.go:337] "Error starting controllers" err="node:cp-1 has an allocated cidr: fd00:10:244::/64 at index:1 that does not exist in cluster cidrs configuration"',
    template: 'node:{node:name} has an allocated cidr: {cidr:cidr} at index:{index:int} that does not exist in cluster cidrs configuration',
    source: 'kubernetes pkg/controller/nodeipam/ipam/range_allocator.go occupyCIDRs',
    params: { 'cluster-node-pod-cidrs-mismatch': { outcome: 'no-range' } },
  },
];
