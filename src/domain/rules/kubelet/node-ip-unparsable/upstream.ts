import { NODE_IP_LEGACY, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubelet-node-ip-unparsable/ignored',
    rule: 'kubelet-node-ip-unparsable',
    component: 'kubelet',
    text: 'Could not parse some node IP(s), ignoring them',
    example: 'I0612 10:11:12.123456    1234 server.go:1217] "Could not parse some node IP(s), ignoring them" IPs=["192.168.10.2x"]',
    template: 'Could not parse some node IP(s), ignoring them',
    versions: { kubernetes: { from: '1.27' } },
    source: 'kubelet cmd/kubelet/app/server.go run, on the invalid entries of component-helpers node/util/ips.go ParseNodeIPArgument (PR #116305)',
  },
  {
    id: 'kubelet-node-ip-unparsable/legacy',
    rule: 'kubelet-node-ip-unparsable',
    component: 'kubelet',
    text: 'Could not parse --node-ip ignoring',
    example: 'I0612 10:11:12.123456    1234 server.go:760] "Could not parse --node-ip ignoring" IP="192.168.10.2x"',
    template: 'Could not parse --node-ip ignoring',
    versions: { kubernetes: { to: '1.26' } },
    params: { 'kubelet-node-ip-unparsable': { parser: 'legacy' } },
    source: NODE_IP_LEGACY,
  },
];
