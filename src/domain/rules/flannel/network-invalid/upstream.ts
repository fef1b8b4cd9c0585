import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // Flannel
  {
    id: 'flannel-network-invalid/cidr',
    rule: 'flannel-network-invalid',
    component: 'flannel',
    text: 'invalid CIDR address: %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: invalid CIDR address: 10.244.0.0/33',
    template: 'error parsing subnet config: invalid CIDR address: {value:any}',
    source: 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON and pkg/ip/ip6net.go IP6Net.UnmarshalJSON: Go net.ParseCIDR',
  },
];
