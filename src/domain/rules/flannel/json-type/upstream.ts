import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-json-type/unmarshal',
    rule: 'flannel-json-type',
    component: 'flannel',
    text: 'json: cannot unmarshal %s into Go struct field Config.%s of type %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: json: cannot unmarshal string into Go struct field Config.EnableIPv6 of type bool',
    template: 'json: cannot unmarshal {found:word} into Go struct field Config.{key:word} of type {goType:word}',
    source: 'flannel pkg/subnet/config.go ParseConfig: Go encoding/json',
  },
];
