import { KUBEADM_VALIDATION, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'kubeadm-dns-domain/rfc1123',
    rule: 'kubeadm-dns-domain',
    component: 'kubeadm',
    text: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    example:
      "networking.dnsDomain: Invalid value: \"Cluster.Local\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    // The field path tells it from the same words about a node name.
    template: "networking.dnsDomain: Invalid value: \"{value:text}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'",
    source: `${KUBEADM_VALIDATION} ValidateNetworking: validation.IsDNS1123Subdomain`,
  },
];
