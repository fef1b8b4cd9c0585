import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Backend "${s(p, 'type')}" cannot carry IPv6`,
  reads: () => 'Flannel\'s kube subnet manager keeps IPv6 only for the vxlan, host-gw and wireguard backends.',
  happens: (p) =>
    s(p, 'outcome') === 'panic'
      ? 'On an IPv6-only cluster this backend has no IPv4 address to use and panics with "Address is not an IPv4 address".'
      : 'IPv6 is silently dropped: pods get IPv6 addresses but no routes between nodes, so IPv6 pod traffic across nodes fails.',
  fix: () => 'Use vxlan, host-gw (nodes on one L2 segment) or wireguard.',
};
