import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-node-name/rfc1123',
    rule: 'kubeadm-node-name',
    component: 'kubeadm',
    text: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    example:
      "nodeRegistration.name: Invalid value: \"Worker_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    template: "nodeRegistration.name: Invalid value: \"{value:text}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'",
    source: `${KUBEADM_VALIDATION} ValidateNodeRegistrationOptions: IsDNS1123Subdomain`,
  },
];
