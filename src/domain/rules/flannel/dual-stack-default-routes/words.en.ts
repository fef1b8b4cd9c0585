import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'Dual-stack Flannel without --iface needs IPv4 and IPv6 default routes on the same interface',
  reads: () => 'Without --iface, Flannel uses the default-route interface of each family and requires them to be the same.',
  happens: () =>
    'If a node lacks an IPv6 default route, kube-flannel fails with "failed to get default v6 interface: unable to find default v6 route"; if the routes use different interfaces, with "v6 default route interface <a> must be the same with v4 default route interface <b>".',
  fix: () => 'Check `ip -6 route show default` on each node, or set the interface name in the Flannel step.',
};
