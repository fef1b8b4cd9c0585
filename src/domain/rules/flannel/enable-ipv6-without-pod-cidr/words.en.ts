import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'net-conf.json enables IPv6, but podSubnet has no IPv6 CIDR',
  reads: () => 'Flannel with EnableIPv6 expects an IPv6 podCIDR on every node, which kube-controller-manager assigns only when podSubnet has an IPv6 CIDR.',
  happens: (p) =>
    ({
      error: `Flannel v${s(p, 'version')} exits with "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6".`,
      panic: `Flannel v${s(p, 'version')} crashes with a nil-pointer panic ("This panic usually happens if you have configured flannel to use dual-stack but not kube-controller", flannel#1789, #2115).`,
      'panic-unsure': `Flannel v${s(p, 'version')} is reported to crash with a nil-pointer dereference in the vxlan backend.`,
    })[s(p, 'outcome')] ?? '',
  fix: () => 'Add the IPv6 pod CIDR to podSubnet, or turn EnableIPv6 off.',
};
