import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-join-endpoint/missing-port',
    rule: 'kubeadm-join-endpoint',
    component: 'kubeadm',
    text: 'address %s: missing port in address',
    example: 'discovery.bootstrapToken.apiServerEndpoint: Invalid value: "10.0.0.1": address 10.0.0.1: missing port in address',
    template: 'address {value:word}: missing port in address',
    source: `${KUBEADM_VALIDATION} ValidateDiscoveryTokenAPIServer: Go net.SplitHostPort`,
  },
  {
    id: 'kubeadm-join-endpoint/too-many-colons',
    rule: 'kubeadm-join-endpoint',
    component: 'kubeadm',
    text: 'address %s: too many colons in address',
    example: 'discovery.bootstrapToken.apiServerEndpoint: Invalid value: "fd00::1:6443": address fd00::1:6443: too many colons in address',
    template: 'address {value:word}: too many colons in address',
    source: `${KUBEADM_VALIDATION} ValidateDiscoveryTokenAPIServer: Go net.SplitHostPort`,
  },
];
