import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-enable-ipv6-without-pod-cidr/vxlan',
    rule: 'flannel-enable-ipv6-without-pod-cidr',
    component: 'flannel',
    text: 'failed to configure interface %s: IPv6 is enabled but the lease has no IPv6',
    example: 'Error registering network: failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6',
    template: 'failed to configure interface {iface:name}: IPv6 is enabled but the lease has no IPv6',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/vxlan/vxlan.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-enable-ipv6-without-pod-cidr': { outcome: 'error' } },
  },
  {
    id: 'flannel-enable-ipv6-without-pod-cidr/wireguard',
    rule: 'flannel-enable-ipv6-without-pod-cidr',
    component: 'flannel',
    text: 'failed to configure wg interface: IPv6 is enabled but the lease has no IPv6',
    example: 'Error registering network: failed to configure wg interface: IPv6 is enabled but the lease has no IPv6',
    template: 'failed to configure wg interface: IPv6 is enabled but the lease has no IPv6',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/wireguard/wireguard.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-enable-ipv6-without-pod-cidr': { outcome: 'error' } },
  },
];
