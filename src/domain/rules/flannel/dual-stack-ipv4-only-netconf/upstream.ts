import { FLANNEL_KUBE, type UpstreamMessage } from '../../message-kit';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-dual-stack-ipv4-only-netconf/not-in-config',
    rule: 'flannel-dual-stack-ipv4-only-netconf',
    component: 'flannel',
    text: 'subnet %q specified in the PodCIDR, but doesn\'t exist in the flannel net config of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "2001:db8:42::/64" specified in the PodCIDR, but doesn\'t exist in the flannel net config of the "worker-1" node',
    template: 'subnet "{podCidr:cidr}" specified in the PodCIDR, but doesn\'t exist in the flannel net config of the "{node:name}" node',
    versions: { flannel: { from: '0.18.1', to: '0.20.2' } },
    source: `${FLANNEL_KUBE} (PR #1572, v0.18.1; replaced in v0.21.0)`,
    params: { 'flannel-dual-stack-ipv4-only-netconf': { outcome: 'not-in-config' } },
  },
  {
    id: 'flannel-dual-stack-ipv4-only-netconf/no-ipv6-network',
    rule: 'flannel-dual-stack-ipv4-only-netconf',
    component: 'flannel',
    text: 'could not find an ipv6 network in the flannel configuration',
    example: 'Error registering network: failed to acquire lease: could not find an ipv6 network in the flannel configuration',
    template: 'could not find an ipv6 network in the flannel configuration',
    versions: { flannel: { from: '0.21.0', to: '0.24.4' } },
    source: 'flannel pkg/subnet/config.go GetFlannelIPv6Network (v0.21.0–v0.24.x; removed by commit cf1971b6, v0.25.0)',
    params: { 'flannel-dual-stack-ipv4-only-netconf': { outcome: 'no-ipv6-network' } },
  },
];
