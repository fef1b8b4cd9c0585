import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'what') === 'podSubnet'
      ? `podSubnet lists ${s(p, 'family')} first while serviceSubnet lists ${s(p, 'serviceFamily')} first`
      : `node-ip of ${s(p, 'nodes')} lists ${s(p, 'family')} first while Services prefer ${s(p, 'serviceFamily')}`,
  reads: () =>
    'Three things take their "primary" family from their own list: the default Service family and the kubernetes and DNS Service IPs from serviceSubnet; node.spec.podCIDR from podSubnet; the node\'s primary InternalIP (and hostNetwork pod IPs) from node-ip.',
  happens: () =>
    'This is allowed and can be deliberate (Flannel before v0.20.2 needs IPv4 first in podSubnet while Services prefer IPv6), but tools that read a single podCIDR or node IP will see a different family than Services do.',
  fix: () => 'Keep the orders equal unless you need the difference.',
};
