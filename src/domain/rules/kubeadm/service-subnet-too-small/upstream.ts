import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-service-subnet-too-small/size',
    rule: 'kubeadm-service-subnet-too-small',
    component: 'kubeadm',
    text: 'subnet with %d address(es) is too small, the minimum is %d',
    example: 'networking.serviceSubnet: Invalid value: "10.96.0.0/29": subnet with 8 address(es) is too small, the minimum is 10',
    // MinimumAddressesInServiceSubnet = 10 tells it from the pod subnet's 14.
    template: '[[networking.serviceSubnet: Invalid value: "{cidr:cidr}": ]]subnet with {size:int} address(es) is too small, the minimum is 10',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString: MinimumAddressesInServiceSubnet`,
  },
];
