import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'net-conf.json has no Network although IPv4 is enabled',
  reads: () => 'Flannel checks that Network contains each node\'s IPv4 podCIDR; EnableIPv4 is true unless set to false.',
  happens: (p) =>
    ({
      accepted: `Flannel v${s(p, 'version')} accepts it as 0.0.0.0/0, so masquerading treats every IPv4 destination as pod traffic.`,
      'parse-error': `Flannel v${s(p, 'version')} exits with "error parsing subnet config: Please define a correct Network parameter in the flannel config".`,
      'no-ipv4-network': `Flannel v${s(p, 'version')} fails with "could not find an ipv4 network in the flannel configuration".`,
      'not-contained': `Flannel v${s(p, 'version')} fails with 'subnet "0.0.0.0/0" specified in the flannel net config doesn't contain "<podCIDR>" PodCIDR of the "<node>" node'.`,
    })[s(p, 'outcome')] ?? '',
  fix: (p) => (s(p, 'pod') ? `Set "Network": "${s(p, 'pod')}".` : 'Set Network to the IPv4 pod CIDR, or "EnableIPv4": false for IPv6-only.'),
};
