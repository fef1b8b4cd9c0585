import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-backend-not-object/decode',
    rule: 'flannel-backend-not-object',
    component: 'flannel',
    text: 'error decoding Backend property of config: %v',
    example: 'Failed to create SubnetManager: error parsing subnet config: error decoding Backend property of config: json: cannot unmarshal string into Go value of type struct { Type string }',
    template: 'error decoding Backend property of config: {:any}',
    source: 'flannel pkg/subnet/config.go parseBackendType',
  },
];
