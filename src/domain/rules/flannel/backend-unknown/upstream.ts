import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-backend-unknown/unknown',
    rule: 'flannel-backend-unknown',
    component: 'flannel',
    text: 'unknown backend type: %v',
    example: 'Error fetching backend: unknown backend type: vxlan2',
    template: 'unknown backend type: {type:word}',
    source: 'flannel pkg/backend/manager.go GetBackend, logged by main.go',
  },
];
