import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-br-netfilter/check',
    rule: 'flannel-br-netfilter',
    component: 'flannel',
    text: 'Failed to check br_netfilter: %v',
    example: 'E0612 10:11:12.123456       1 main.go:292] Failed to check br_netfilter: stat /proc/sys/net/bridge/bridge-nf-call-iptables: no such file or directory',
    template: 'Failed to check br_netfilter: {:any}',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel main.go (commit cbf640c6, v0.26.0)',
  },
];
