import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // kube-controller-manager
  {
    id: 'controller-manager-legacy-mask-dual-stack/dual',
    rule: 'controller-manager-legacy-mask-dual-stack',
    component: 'kube-controller-manager',
    text: 'usage of --node-cidr-mask-size is not allowed with dual-stack clusters',
    example: 'Error starting "node-ipam-controller": usage of --node-cidr-mask-size is not allowed with dual-stack clusters',
    template: 'usage of --node-cidr-mask-size is not allowed with dual-stack clusters',
    source: 'kube-controller-manager cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes',
  },
];
