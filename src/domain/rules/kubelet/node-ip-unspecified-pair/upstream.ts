import { NODE_IP, NODE_IP_LEGACY, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubelet-node-ip-unspecified-pair/unspecified',
    rule: 'kubelet-node-ip-unspecified-pair',
    component: 'kubelet',
    text: "bad --node-ip %q: dual-stack node IP cannot include '0.0.0.0' or '::'",
    example: "failed to run Kubelet: bad --node-ip \"0.0.0.0,fd00::21\": dual-stack node IP cannot include '0.0.0.0' or '::'",
    template: "bad --node-ip \"{value:text}\": dual-stack node IP cannot include '0.0.0.0' or '::'",
    versions: { kubernetes: { from: '1.27' } },
    source: NODE_IP,
  },
  {
    id: 'kubelet-node-ip-unspecified-pair/legacy',
    rule: 'kubelet-node-ip-unspecified-pair',
    component: 'kubelet',
    text: "dual-stack --node-ip %q cannot include '0.0.0.0' or '::'",
    example: "failed to run Kubelet: dual-stack --node-ip \"0.0.0.0,fd00::21\" cannot include '0.0.0.0' or '::'",
    template: "dual-stack --node-ip \"{value:text}\" cannot include '0.0.0.0' or '::'",
    versions: { kubernetes: { to: '1.26' } },
    source: NODE_IP_LEGACY,
    params: { 'kubelet-node-ip-unspecified-pair': { parser: 'legacy' } },
  },
];
