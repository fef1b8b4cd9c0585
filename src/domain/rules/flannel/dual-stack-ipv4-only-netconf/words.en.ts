import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `kubeadm gives nodes an IPv6 podCIDR (${s(p, 'pod')}) but net-conf.json does not enable IPv6`,
  reads: () => 'Flannel programs IPv6 only with "EnableIPv6": true and IPv6Network; the stock kube-flannel.yml has neither. What it does with a node\'s IPv6 podCIDR depends on the version.',
  happens: (p) =>
    ({
      ignored: `Flannel v${s(p, 'version')} runs but silently ignores the IPv6 podCIDR: pods get no IPv6 address, so the cluster is dual-stack on paper only.`,
      panic: `Flannel v${s(p, 'version')} crashes with a nil-pointer panic (flannel PR #1572, issue #2225).`,
      'not-in-config': `Flannel v${s(p, 'version')} fails with 'failed to acquire lease: subnet "<IPv6 podCIDR>" specified in the PodCIDR, but doesn't exist in the flannel net config of the "<node>" node' (kubernetes/kubernetes#112167).`,
      'no-ipv6-network': `Flannel v${s(p, 'version')} fails with "could not find an ipv6 network in the flannel configuration".`,
      'not-enabled': `IPv6Network is set but EnableIPv6 is not true, so Flannel writes no FLANNEL_IPV6_SUBNET and pods get no IPv6 address.`,
    })[s(p, 'outcome')] ?? '',
  fix: (p) => `Add "EnableIPv6": true and "IPv6Network": "${s(p, 'pod')}".`,
};
