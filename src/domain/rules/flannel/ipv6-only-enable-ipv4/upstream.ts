import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-ipv6-only-enable-ipv4/vxlan',
    rule: 'flannel-ipv6-only-enable-ipv4',
    component: 'flannel',
    text: 'failed to configure interface %s: IPv4 is enabled but the lease has no IPv4',
    example: 'Error registering network: failed to configure interface flannel.1: IPv4 is enabled but the lease has no IPv4',
    template: 'failed to configure interface {iface:name}: IPv4 is enabled but the lease has no IPv4',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/vxlan/vxlan.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-ipv6-only-enable-ipv4': { outcome: 'interface' } },
  },
  {
    id: 'flannel-ipv6-only-enable-ipv4/wireguard',
    rule: 'flannel-ipv6-only-enable-ipv4',
    component: 'flannel',
    text: 'failed to configure wg interface: IPv4 is enabled but the lease has no IPv4',
    example: 'Error registering network: failed to configure wg interface: IPv4 is enabled but the lease has no IPv4',
    template: 'failed to configure wg interface: IPv4 is enabled but the lease has no IPv4',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/wireguard/wireguard.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-ipv6-only-enable-ipv4': { outcome: 'interface' } },
  },
  {
    id: 'flannel-ipv6-only-enable-ipv4/default-route',
    rule: 'flannel-ipv6-only-enable-ipv4',
    component: 'flannel',
    text: 'failed to get default interface: %w',
    example: 'Failed to find any valid interface to use: failed to get default interface: unable to find default route',
    template: 'failed to get default interface: unable to find default route',
    versions: { flannel: { from: '0.20.0' } },
    source: 'flannel pkg/ipmatch/match.go LookupExtIface; pkg/ip/iface.go GetDefaultGatewayInterface',
    params: { 'flannel-ipv6-only-enable-ipv4': { outcome: 'interface' } },
  },
];
