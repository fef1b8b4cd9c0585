import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'key')} is not carried into the plan`,
  reads: () => 'Flannel\'s backend reads this key, but this tool does not model it.',
  happens: () => 'It is not checked, and the files generated from this plan will not contain it.',
  fix: (p) => `Keep ${s(p, 'key')} in your own copy of net-conf.json when you apply the generated files.`,
};
