import { FLANNEL_KUBE, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-network-contains-pod-cidr/ipv4',
    rule: 'flannel-network-contains-pod-cidr',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "10.85.1.0/24" PodCIDR of the "worker-1" node',
    template: 'subnet "{network:cidr}" specified in the flannel net config doesn\'t contain "{podCidr:cidr}" PodCIDR of the "{node:name}" node',
    versions: { flannel: { from: '0.18.0' } },
    source: `${FLANNEL_KUBE} containsCIDR (commit d8fea14a, v0.18.0)`,
    params: { 'flannel-network-contains-pod-cidr': { outcome: 'error', key: 'Network' } },
  },
  {
    id: 'flannel-network-contains-pod-cidr/ipv6',
    rule: 'flannel-network-contains-pod-cidr',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q IPv6 PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "fd00:10:244::/56" specified in the flannel net config doesn\'t contain "fd00:10:245:1::/64" IPv6 PodCIDR of the "worker-1" node',
    template: 'subnet "{network:cidr}" specified in the flannel net config doesn\'t contain "{podCidr:cidr}" IPv6 PodCIDR of the "{node:name}"',
    versions: { flannel: { from: '0.18.0' } },
    source: `${FLANNEL_KUBE} containsCIDR (commit d8fea14a, v0.18.0)`,
    params: { 'flannel-network-contains-pod-cidr': { outcome: 'error', key: 'IPv6Network' } },
  },
];
