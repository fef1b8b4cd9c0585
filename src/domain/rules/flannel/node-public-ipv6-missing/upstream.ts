import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-node-public-ipv6-missing/parse',
    rule: 'flannel-node-public-ipv6-missing',
    component: 'flannel',
    text: 'Error turning node %q to lease: Invalid IP address format',
    example: 'I1126 09:14:02.118305       1 kube.go:237] Error turning node "w-2" to lease: Invalid IP address format',
    template: 'Error turning node "{nodes:name}" to lease: Invalid IP address format',
    versions: { flannel: { to: '0.27.99' } },
    source: 'flannel pkg/subnet/kube/kube.go handleAddLeaseEvent/nodeToLease; pkg/ip/ip6net.go ParseIP6',
    params: { 'flannel-node-public-ipv6-missing': { outcome: 'skipped', count: '1', error: 'Invalid IP address format' } },
  },
  {
    id: 'flannel-node-public-ipv6-missing/parse-lower',
    rule: 'flannel-node-public-ipv6-missing',
    component: 'flannel',
    text: 'Error turning node %q to lease: invalid IP address format',
    example: 'I1126 09:14:02.118305       1 kube.go:304] Error turning node "w-2" to lease: invalid IP address format',
    template: 'Error turning node "{nodes:name}" to lease: invalid IP address format',
    versions: { flannel: { from: '0.28.0' } },
    source: 'flannel pkg/subnet/kube/kube.go handleAddLeaseEvent/nodeToLease; pkg/ip/ip6net.go ParseIP6 (commit 44e09cf2, v0.28.0)',
    params: { 'flannel-node-public-ipv6-missing': { outcome: 'skipped', count: '1', error: 'invalid IP address format' } },
  },
];
