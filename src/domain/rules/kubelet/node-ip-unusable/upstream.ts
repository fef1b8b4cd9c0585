import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  ...(['nodeIP', 'secondaryNodeIP'] as const).map(
    (which): UpstreamMessage => ({
      id: `kubelet-node-ip-unusable/${which === 'nodeIP' ? 'validate' : 'validate-secondary'}`,
      rule: 'kubelet-node-ip-unusable',
      component: 'kubelet',
      text: `failed to validate ${which}: %v`,
      example: `"Failed to set some node status fields" err="failed to validate ${which}: node IP: "192.168.10.99" not found in the host's network interfaces"`,
      template: `failed to validate ${which}: {:any}`,
      source: 'kubelet pkg/kubelet/nodestatus/setters.go NodeAddress, on pkg/kubelet/kubelet_node_status.go validateNodeIP',
    }),
  ),
];
