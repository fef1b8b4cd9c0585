import type { UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-ipv6-network-missing/define',
    rule: 'flannel-ipv6-network-missing',
    component: 'flannel',
    text: 'Please define a correct IPv6Network parameter in the flannel config',
    example: 'Failed to create SubnetManager: error parsing subnet config: Please define a correct IPv6Network parameter in the flannel config',
    // v0.20.0 lower-cased it ("please"), but from then on only the etcd manager checks it.
    template: 'lease define a correct IPv6Network parameter in the flannel config',
    versions: { flannel: { from: '0.19.2', to: '0.19.2' } },
    source: 'flannel subnet/config.go ParseConfig (commit 861c9653, v0.19.2)',
    params: { 'flannel-ipv6-network-missing': { outcome: 'error' } },
  },
];
