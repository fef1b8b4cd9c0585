import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-dual-stack-default-routes/no-v6-route',
    rule: 'flannel-dual-stack-default-routes',
    component: 'flannel',
    text: 'failed to get default v6 interface: %w',
    example: 'Failed to find any valid interface to use: failed to get default v6 interface: unable to find default v6 route',
    template: 'failed to get default v6 interface: unable to find default v6 route',
    source: 'flannel pkg/ipmatch/match.go LookupExtIface; pkg/ip/iface.go GetDefaultV6GatewayInterface',
  },
  {
    id: 'flannel-dual-stack-default-routes/different-interfaces',
    rule: 'flannel-dual-stack-default-routes',
    component: 'flannel',
    text: 'v6 default route interface %s must be the same with v4 default route interface %s',
    example: 'Failed to find any valid interface to use: v6 default route interface eth1 must be the same with v4 default route interface eth0',
    template: 'v6 default route interface {v6:name} must be the same with v4 default route interface {v4:name}',
    source: 'flannel pkg/ipmatch/match.go LookupExtIface',
  },
];
