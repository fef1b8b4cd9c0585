import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  // kube-apiserver
  {
    id: 'apiserver-advertise-family/family',
    rule: 'apiserver-advertise-family',
    component: 'kube-apiserver',
    text: 'service IP family %q must match public address family %q',
    example: 'Error: [service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"]',
    template: 'service IP family "{serviceCidr:cidr}" must match public address family "{address:ip}"',
    versions: { kubernetes: { from: '1.24' } },
    source: 'kube-apiserver cmd/kube-apiserver/app/options/validation.go validatePublicIPServiceClusterIPRangeIPFamilies (PR #106721, 1.24; PR #119081)',
    params: { 'apiserver-advertise-family': { mode: 'explicit' } },
  },
];
