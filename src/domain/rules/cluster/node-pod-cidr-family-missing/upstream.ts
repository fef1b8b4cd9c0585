import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'cluster-node-pod-cidr-family-missing/peer',
    rule: 'cluster-node-pod-cidr-family-missing',
    component: 'flannel',
    text: 'Error turning node %q to lease: Missing IPv6 address on n.Spec.PodCIDRs',
    example: 'I1126 09:14:02.118305       1 kube.go:270] Error turning node "w-2" to lease: Missing IPv6 address on n.Spec.PodCIDRs',
    template: 'Error turning node "{nodes:name}" to lease: Missing IPv6 address on n.Spec.PodCIDRs',
    versions: { flannel: { from: '0.24.3', to: '0.27.1' } },
    source: 'flannel pkg/subnet/kube/kube.go nodeToLease (commit 67946312, v0.24.3)',
    params: { 'cluster-node-pod-cidr-family-missing': { family: 'IPv6', count: '1' } },
  },
  {
    id: 'cluster-node-pod-cidr-family-missing/peer-lower',
    rule: 'cluster-node-pod-cidr-family-missing',
    component: 'flannel',
    text: 'Error turning node %q to lease: missing IPv6 address on n.Spec.PodCIDRs',
    example: 'I1126 09:14:02.118305       1 kube.go:304] Error turning node "w-2" to lease: missing IPv6 address on n.Spec.PodCIDRs',
    template: 'Error turning node "{nodes:name}" to lease: missing IPv6 address on n.Spec.PodCIDRs',
    versions: { flannel: { from: '0.27.2' } },
    source: 'flannel pkg/subnet/kube/kube.go nodeToLease (lower-cased in v0.27.2)',
    params: { 'cluster-node-pod-cidr-family-missing': { family: 'IPv6', count: '1' } },
  },
];
