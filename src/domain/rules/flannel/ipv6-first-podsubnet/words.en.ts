import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

const FLANNEL_IPV6_FIRST_OUTCOME: Record<string, string> = {
  panic: 'kube-flannel panics at start-up with "panic: Address is not an IPv4 address" and the pod crash-loops.',
  crashloop:
    'kube-flannel crash-loops: the first start logs \'subnet "<Network>" specified in the flannel net config doesn\'t contain "<IPv6 block>" PodCIDR\' and every restart logs "Observed a panic: Address is not an IPv4 address". Pod networking never comes up (flannel-io/flannel#1629).',
};

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'source') === 'nodes'
      ? `IPv6 is first in the podCIDRs of ${s(p, 'nodes')} ("${s(p, 'podSubnet')}"): Flannel v${s(p, 'version')} crashes with "Address is not an IPv4 address"`
      : `IPv6 is first in podSubnet "${s(p, 'podSubnet')}": Flannel v${s(p, 'version')} crashes with "Address is not an IPv4 address"`,
  reads: (p) =>
    s(p, 'source') === 'nodes'
      ? 'kube-controller-manager set node.spec.podCIDR to the first block, the IPv6 one, when it gave the node its podCIDRs, and it never changes them. Flannel before v0.20.2 reads spec.podCIDR as the node\'s IPv4 subnet.'
      : 'kube-controller-manager sets node.spec.podCIDR to the block from the first podSubnet entry, so it is the IPv6 block. Flannel before v0.20.2 reads spec.podCIDR as the node\'s IPv4 subnet.',
  happens: (p) => `${FLANNEL_IPV6_FIRST_OUTCOME[s(p, 'outcome')] ?? ''} Fixed in Flannel v0.20.2 (PR #1672), which picks the podCIDRs by family.`,
  fix: (p) =>
    s(p, 'source') === 'nodes'
      ? 'Use Flannel v0.20.2 or later. Reordering podSubnet now would not help: the nodes keep the podCIDRs they were given.'
      : `Use Flannel v0.20.2 or later; or keep IPv4 first in podSubnet ("${s(p, 'ipv4First')}") while serviceSubnet and node-ip can stay IPv6-first.`,
};
