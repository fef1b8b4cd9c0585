import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'places')} ${Number(p.count) > 1 ? 'are' : 'is'} in the documentation prefix ${s(p, 'prefix')}`,
  reads: () => 'Documentation prefixes are reserved for examples (RFC 5737, RFC 3849).',
  happens: () => 'It works inside the cluster, but these addresses are not routable, may be filtered by networks, and copied examples collide across clusters.',
  fix: () => 'Use a ULA (fd00::/8, the random ULA button) or your own allocation.',
};
