import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-pod-subnet-too-small/size',
    rule: 'kubeadm-pod-subnet-too-small',
    component: 'kubeadm',
    text: 'subnet with %d address(es) is too small, the minimum is %d',
    example: 'networking.podSubnet: Invalid value: "10.244.0.0/29": subnet with 8 address(es) is too small, the minimum is 14',
    template: '[[networking.podSubnet: Invalid value: "{cidr:cidr}": ]]subnet with {size:int} address(es) is too small, the minimum is 14',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString: MinimumAddressesInPodSubnet`,
  },
];
