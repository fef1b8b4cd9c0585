import { NODE_IP, NODE_IP_LEGACY, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubelet-node-ip-cloud-dual-stack/gate',
    rule: 'kubelet-node-ip-cloud-dual-stack',
    component: 'kubelet',
    text: 'bad --node-ip %q: dual-stack not supported in this configuration',
    example: 'failed to run Kubelet: bad --node-ip "10.0.0.5,fd00::5": dual-stack not supported in this configuration',
    template: 'bad --node-ip "{value:text}": dual-stack not supported in this configuration',
    versions: { kubernetes: { from: '1.27', to: '1.28' } },
    source: `${NODE_IP}; KEP-3705 CloudDualStackNodeIPs`,
  },
  {
    id: 'kubelet-node-ip-cloud-dual-stack/legacy',
    rule: 'kubelet-node-ip-cloud-dual-stack',
    component: 'kubelet',
    text: 'dual-stack --node-ip %q not supported when using a cloud provider',
    example: 'failed to run Kubelet: dual-stack --node-ip "10.0.0.5,fd00::5" not supported when using a cloud provider',
    template: 'dual-stack --node-ip "{value:text}" not supported when using a cloud provider',
    versions: { kubernetes: { to: '1.26' } },
    source: NODE_IP_LEGACY,
    params: { 'kubelet-node-ip-cloud-dual-stack': { parser: 'legacy' } },
  },
];
