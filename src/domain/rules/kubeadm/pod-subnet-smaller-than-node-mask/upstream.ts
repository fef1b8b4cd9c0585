import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-pod-subnet-smaller-than-node-mask/size',
    rule: 'kubeadm-pod-subnet-smaller-than-node-mask',
    component: 'kubeadm',
    text: 'the size of pod subnet with mask %d is smaller than the size of node subnet with mask %d',
    example: 'networking.podSubnet: Invalid value: "fd00:10:244::/80": the size of pod subnet with mask 80 is smaller than the size of node subnet with mask 64',
    template: '[[networking.podSubnet: Invalid value: "{value:text}": ]]the size of pod subnet with mask {prefix:int} is smaller than the size of node subnet with mask {mask:int}',
    source: `${KUBEADM_VALIDATION} ValidatePodSubnetNodeMask`,
  },
];
