import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  ...(['ipv4', 'ipv6'] as const).map(
    (flagFamily): UpstreamMessage => {
      const text = `usage of --node-cidr-mask-size-${flagFamily} is not allowed for a single-stack ${flagFamily === 'ipv4' ? 'IPv6' : 'IPv4'} cluster`;
      return {
        id: `controller-manager-mask-wrong-family/${flagFamily}`,
        rule: 'controller-manager-mask-wrong-family',
        component: 'kube-controller-manager',
        text,
        example: `Error starting "node-ipam-controller": ${text}`,
        template: text,
        source: 'kube-controller-manager cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes',
      };
    },
  ),
];
