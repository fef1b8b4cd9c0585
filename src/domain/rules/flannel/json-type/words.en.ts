import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `net-conf.json ${s(p, 'key')} must be ${s(p, 'expected')}, not ${s(p, 'found')}`,
  reads: () => 'Flannel decodes net-conf.json into typed fields with Go\'s encoding/json.',
  happens: (p) => `kube-flannel exits with "error parsing subnet config: json: cannot unmarshal ${s(p, 'found')} into Go struct field Config.${s(p, 'key')} of type ${s(p, 'goType')}".`,
  fix: (p) => `Write ${s(p, 'key')} as ${s(p, 'expected')}.`,
};
