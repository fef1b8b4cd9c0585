import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `EnableNFTables is ignored by Flannel v${s(p, 'version')}`,
  reads: () => 'Flannel reads EnableNFTables from v0.25.0; older versions ignore unknown keys.',
  happens: () => 'Flannel uses iptables anyway.',
  fix: () => 'Use Flannel v0.25.0 or later, or drop the key.',
};
