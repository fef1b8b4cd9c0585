import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-bind-port/port',
    rule: 'kubeadm-bind-port',
    component: 'kubeadm',
    text: 'port number is not valid',
    example: 'localAPIEndpoint.bindPort: Invalid value: 70000: port number is not valid',
    template: '[[bindPort: Invalid value: {port:int}: ]]port number is not valid',
    source: `${KUBEADM_VALIDATION} ValidateAPIEndpoint`,
  },
];
