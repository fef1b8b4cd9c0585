import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `wireguard Mode "${s(p, 'mode')}" is not one of separate, auto, ipv4, ipv6`,
  reads: () => 'Flannel\'s wireguard backend reads Mode from v0.18.0.',
  happens: (p) =>
    s(p, 'outcome') === 'error' ? 'The backend fails to start with "no valid Mode configured".' : `Flannel v${s(p, 'version')} ignores Mode and always uses separate tunnels.`,
  fix: () => 'Use "separate" (one tunnel per family) or "auto".',
};
