import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `net-conf.json key "${s(p, 'key')}" is not read by Flannel`,
  reads: () => 'Flannel matches keys case-insensitively and ignores any key it does not know.',
  happens: () => 'The setting has no effect, silently.',
  fix: (p) => (s(p, 'suggestion') ? `Did you mean "${s(p, 'suggestion')}"?` : 'Remove the key.'),
};
