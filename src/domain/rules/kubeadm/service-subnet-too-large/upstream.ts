import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-service-subnet-too-large/size',
    rule: 'kubeadm-service-subnet-too-large',
    component: 'kubeadm',
    text: 'specified service subnet is too large; for %d-bit addresses, the mask must be >= %d',
    example: 'networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108',
    template: '[[networking.serviceSubnet: Invalid value: "{cidr:cidr}": ]]specified service subnet is too large; for {bits:int}-bit addresses, the mask must be >= {minPrefix:int}',
    source: `${KUBEADM_VALIDATION} ValidateServiceSubnetSize: MaximumBitsForServiceSubnet`,
  },
];
