import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `net-conf.json is not valid JSON: ${s(p, 'error')}`,
  reads: () => 'Flannel parses net-conf.json with Go\'s encoding/json.',
  happens: () => 'kube-flannel exits with "error parsing subnet config: …".',
  fix: () => 'Fix the JSON (quotes around keys, no trailing commas, no comments).',
};
