import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-control-plane-endpoint-invalid/endpoint',
    rule: 'kubeadm-control-plane-endpoint-invalid',
    component: 'kubeadm',
    text: 'endpoint is not valid',
    example: 'controlPlaneEndpoint: Invalid value: "[fd00::1]": endpoint is not valid',
    template: '[[controlPlaneEndpoint: Invalid value: "{value:text}": ]]endpoint is not valid',
    source: `${KUBEADM_VALIDATION} ValidateHostPort (cmd/kubeadm/app/util/endpoint.go ParseHostPort)`,
  },
];
