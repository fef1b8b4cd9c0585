import type { UpstreamMessage } from '../../message-kit';
import { rule as flannelBackendNoIpv6 } from '../backend-no-ipv6/rule';
import { rule as flannelIpv6FirstPodsubnet } from '../ipv6-first-podsubnet/rule';
import { rule as flannelIpv6OnlyEnableIpv4 } from '../ipv6-only-enable-ipv4/rule';
import { rule as flannelIpv6OnlyUnsupported } from '../ipv6-only-unsupported/rule';

const ADDRESS_PANIC_RULES = [flannelIpv6FirstPodsubnet.id, flannelIpv6OnlyUnsupported.id, flannelIpv6OnlyEnableIpv4.id, flannelBackendNoIpv6.id] as const;

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-network-not-ipv4/panic',
    rule: 'flannel-network-not-ipv4',
    alsoRules: ADDRESS_PANIC_RULES,
    component: 'flannel',
    text: 'Address is not an IPv4 address',
    example: 'panic: Address is not an IPv4 address',
    template: 'Address is not an IPv4 address',
    // FromIP still panics in v0.28.9; only the Network path (IP4Net.UnmarshalJSON) returns an error there.
    versionsByRule: { 'flannel-network-not-ipv4': { flannel: { to: '0.28.8' } }, [flannelIpv6OnlyEnableIpv4.id]: { flannel: { from: '0.17.0', to: '0.19.1' } } },
    source: 'flannel pkg/ip/ipnet.go FromIP: panic; from IP4Net.UnmarshalJSON until commit 823bd5eb (v0.28.9), from kube.go AcquireLease/nodeToLease on spec.podCIDR until PR #1672 (v0.20.2)',
    params: { 'flannel-network-not-ipv4': { outcome: 'panic' }, [flannelIpv6FirstPodsubnet.id]: { outcome: 'panic' }, [flannelIpv6OnlyEnableIpv4.id]: { outcome: 'panic' }, [flannelBackendNoIpv6.id]: { outcome: 'panic' } },
  },
  {
    id: 'flannel-network-not-ipv4/format',
    rule: 'flannel-network-not-ipv4',
    component: 'flannel',
    text: 'invalid IPv4 CIDR format',
    example: 'Failed to create SubnetManager: error parsing subnet config: invalid IPv4 CIDR format',
    template: 'invalid IPv4 CIDR format',
    versions: { flannel: { from: '0.28.9' } },
    source: 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON (commit 823bd5eb, PR #2516, v0.28.9)',
    params: { 'flannel-network-not-ipv4': { outcome: 'error' } },
  },
];
