import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-wireguard-mode/mode',
    rule: 'flannel-wireguard-mode',
    component: 'flannel',
    text: 'no valid Mode configured',
    example: 'Error registering network: no valid Mode configured',
    template: 'no valid Mode configured',
    versions: { flannel: { from: '0.18.0' } },
    source: 'flannel pkg/backend/wireguard/wireguard.go RegisterNetwork',
    params: { 'flannel-wireguard-mode': { outcome: 'error' } },
  },
];
