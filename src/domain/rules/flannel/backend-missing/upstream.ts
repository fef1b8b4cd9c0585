import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-backend-missing/udp-arch',
    rule: 'flannel-backend-missing',
    component: 'flannel',
    text: 'UDP backend is not supported on this architecture',
    example: 'Error registering network: UDP backend is not supported on this architecture',
    template: 'UDP backend is not supported on this architecture',
    source: 'flannel pkg/backend/udp/udp.go New (non-amd64 builds)',
  },
];
