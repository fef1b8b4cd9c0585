import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-ipsec-psk/short',
    rule: 'flannel-ipsec-psk',
    component: 'flannel',
    text: 'config error, password is too short',
    example: 'Error fetching backend: config error, password is too short',
    template: 'config error, password is too short',
    source: 'flannel pkg/backend/ipsec/ipsec.go New',
  },
];
