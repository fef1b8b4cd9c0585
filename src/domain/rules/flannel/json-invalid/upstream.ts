import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-json-invalid/syntax',
    rule: 'flannel-json-invalid',
    component: 'flannel',
    text: 'error parsing subnet config: %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: invalid character \'}\' looking for beginning of object key string',
    template: 'error parsing subnet config: invalid character {:any}',
    source: 'flannel pkg/subnet/kube/kube.go NewSubnetManager; pkg/subnet/config.go ParseConfig: Go encoding/json',
  },
  {
    id: 'flannel-json-invalid/end',
    rule: 'flannel-json-invalid',
    component: 'flannel',
    text: 'error parsing subnet config: %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: unexpected end of JSON input',
    template: 'error parsing subnet config: unexpected end of JSON input',
    source: 'flannel pkg/subnet/kube/kube.go NewSubnetManager; pkg/subnet/config.go ParseConfig: Go encoding/json',
  },
];
