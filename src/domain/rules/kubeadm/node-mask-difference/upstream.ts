import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-node-mask-difference/diff',
    rule: 'kubeadm-node-mask-difference',
    component: 'kubeadm',
    text: 'pod subnet mask (%d) and node-mask (%d) difference is greater than 16',
    example: 'networking.podSubnet: Invalid value: "fd00:10:244::/40": pod subnet mask (40) and node-mask (64) difference is greater than 16',
    template: '[[networking.podSubnet: Invalid value: "{value:text}": ]]pod subnet mask ({prefix:int}) and node-mask ({mask:int}) difference is greater than 16',
    source: `${KUBEADM_VALIDATION} ValidatePodSubnetNodeMask: PodSubnetNodeMaskMaxDiff`,
  },
];
