import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `net-conf.json key "${s(p, 'key')}" is not how Flannel v${s(p, 'version')} takes pod networks`,
  reads: () => 'Networks and IPv6Networks existed only in v0.20.0–v0.24.x, for MultiClusterCIDR; v0.25.0 removed them.',
  happens: (p) =>
    ({
      honoured: `Flannel v${s(p, 'version')} uses the first entry of Networks instead of Network.`,
      reset: `Flannel v${s(p, 'version')} clears the value while parsing; it is filled only from ClusterCIDR objects.`,
      ignored: `Flannel v${s(p, 'version')} ignores the key.`,
    })[s(p, 'outcome')] ?? '',
  fix: () => 'Use Network and IPv6Network.',
};
