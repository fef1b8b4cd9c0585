import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `net-conf.json ${s(p, 'key')} "${s(p, 'value')}" is not a CIDR`,
  reads: () => 'Flannel parses Network and IPv6Network with Go\'s net.ParseCIDR when it reads net-conf.json.',
  happens: (p) => `kube-flannel exits with 'error parsing subnet config: invalid CIDR address: ${s(p, 'value')}'.`,
  fix: () => 'Use the pod CIDR of that family, e.g. 10.244.0.0/16.',
};
