import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `net-conf.json Network is the IPv6 CIDR ${s(p, 'value')}`,
  reads: () => 'Flannel reads Network as an IPv4 CIDR only; IPv6 goes in IPv6Network.',
  happens: (p) =>
    s(p, 'outcome') === 'panic'
      ? `Flannel v${s(p, 'version')} panics with "Address is not an IPv4 address" while reading the file and crash-loops.`
      : `Flannel v${s(p, 'version')} exits with "error parsing subnet config: invalid IPv4 CIDR format".`,
  fix: () => 'Move the IPv6 CIDR to IPv6Network with "EnableIPv6": true; put the IPv4 pod CIDR in Network, or set "EnableIPv4": false for IPv6-only.',
};
