import { FLANNEL_KUBE, type UpstreamMessage } from '../../message-kit';
import { rule as flannelIpv6OnlyEnableIpv4 } from '../ipv6-only-enable-ipv4/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-network-missing/define',
    rule: 'flannel-network-missing',
    alsoRules: [flannelIpv6OnlyEnableIpv4.id],
    component: 'flannel',
    text: 'Please define a correct Network parameter in the flannel config',
    example: 'Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config',
    template: 'lease define a correct Network parameter in the flannel config',
    versions: { flannel: { from: '0.19.2', to: '0.19.2' } },
    source: 'flannel subnet/config.go ParseConfig (commit 861c9653, v0.19.2)',
    params: { 'flannel-network-missing': { outcome: 'parse-error' }, [flannelIpv6OnlyEnableIpv4.id]: { outcome: 'parse-error' } },
  },
  {
    id: 'flannel-network-missing/no-ipv4-network',
    rule: 'flannel-network-missing',
    component: 'flannel',
    text: 'could not find an ipv4 network in the flannel configuration',
    example: 'Error registering network: failed to acquire lease: could not find an ipv4 network in the flannel configuration',
    template: 'could not find an ipv4 network in the flannel configuration',
    versions: { flannel: { from: '0.21.0', to: '0.24.4' } },
    source: 'flannel pkg/subnet/config.go GetFlannelNetwork (v0.21.0–v0.24.x; removed by commit cf1971b6, v0.25.0)',
    params: { 'flannel-network-missing': { outcome: 'no-ipv4-network' } },
  },
  {
    id: 'flannel-network-missing/not-contained',
    rule: 'flannel-network-missing',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "0.0.0.0/0" specified in the flannel net config doesn\'t contain "10.244.1.0/24" PodCIDR of the "worker-1" node',
    // An empty Network reads as 0.0.0.0/0; the literal says more than any CIDR.
    template: 'subnet "0.0.0.0/0" specified in the flannel net config doesn\'t contain "{podCidr:cidr4}" PodCIDR of the "{node:name}" node',
    versions: { flannel: { from: '0.28.0' } },
    source: `${FLANNEL_KUBE} containsCIDR (commit 80e1e42f, v0.28.0)`,
    params: { 'flannel-network-missing': { outcome: 'not-contained' } },
  },
];
