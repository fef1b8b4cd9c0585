import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // kubeadm (validation.go ValidateNetworking and friends; field errors print as `<path>: Invalid value: "<v>": <msg>`)
  {
    id: 'kubeadm-subnet-syntax/parse',
    rule: 'kubeadm-subnet-syntax',
    component: 'kubeadm',
    text: "couldn't parse subnet",
    example: 'networking.podSubnet: Invalid value: "10.244.0.0/16, fd00:10:244::/56": couldn\'t parse subnet',
    template: '[[networking.{setting:word}: Invalid value: "{value:text}": ]]couldn\'t parse subnet',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString`,
  },
];
