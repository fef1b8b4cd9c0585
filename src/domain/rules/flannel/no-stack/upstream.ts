import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-no-stack/none',
    rule: 'flannel-no-stack',
    component: 'flannel',
    text: 'none defined stack',
    example: 'E0612 10:11:12.123456       1 main.go:283] none defined stack',
    template: 'none defined stack',
    source: 'flannel pkg/ipmatch/match.go GetIPFamily, logged by main.go',
  },
];
