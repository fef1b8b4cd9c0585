import { FLANNEL_KUBE, type UpstreamMessage } from '../../message-kit';
import { rule as flannelIpv6OnlyUnsupported } from '../ipv6-only-unsupported/rule';

/** What the components print for this rule's outcome, verbatim. */
export const messages: readonly UpstreamMessage[] = [
  {
    id: 'flannel-ipv6-first-podsubnet/informer-panic',
    rule: 'flannel-ipv6-first-podsubnet',
    alsoRules: [flannelIpv6OnlyUnsupported.id],
    component: 'flannel',
    text: 'Observed a panic: Address is not an IPv4 address',
    example: 'E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address',
    template: 'Observed a panic: [["]]Address is not an IPv4 address',
    versions: { flannel: { from: '0.15.0', to: '0.20.1' } },
    source: 'flannel pkg/ip/ipnet.go FromIP panic from subnet/kube/kube.go nodeToLease (spec.podCIDR read as IPv4), logged by k8s.io/apimachinery pkg/util/runtime/runtime.go HandleCrash; fixed by PR #1672 in v0.20.2',
    params: { 'flannel-ipv6-first-podsubnet': { outcome: 'crashloop' } },
  },
  {
    id: 'flannel-ipv6-first-podsubnet/containment',
    rule: 'flannel-ipv6-first-podsubnet',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "fd00:10:244:1::/64" PodCIDR of the "worker-1" node.',
    // An IPv6 block checked against the IPv4 Network: spec.podCIDR is IPv6 because podSubnet lists IPv6 first.
    template: 'subnet "{network:cidr4}" specified in the flannel net config doesn\'t contain "{podCidr:cidr6}" PodCIDR of the "{node:name}" node',
    versions: { flannel: { from: '0.18.0', to: '0.20.1' } },
    source: `${FLANNEL_KUBE} containsCIDR on spec.podCIDR (commit d8fea14a, v0.18.0); fixed by PR #1672 in v0.20.2`,
    params: { 'flannel-ipv6-first-podsubnet': { outcome: 'crashloop' } },
  },
];
