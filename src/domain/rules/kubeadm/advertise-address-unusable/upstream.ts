import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-advertise-address-unusable/bind',
    rule: 'kubeadm-advertise-address-unusable',
    component: 'kubeadm',
    text: 'cannot use %q as the bind address for the API Server',
    example: 'cannot use "fe80::1" as the bind address for the API Server',
    template: 'cannot use "{value:ip}" as the bind address for the API Server',
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go VerifyAPIServerBindAddress',
  },
];
