import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'controller-manager-legacy-and-family-mask/both',
    rule: 'controller-manager-legacy-and-family-mask',
    component: 'kube-controller-manager',
    text: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set',
    example: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags',
    template: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set',
    source: 'kube-controller-manager cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes',
  },
];
