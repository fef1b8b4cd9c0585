import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Backend MTU is ignored by Flannel v${s(p, 'version')}`,
  reads: () => 'The vxlan and wireguard backends read MTU from v0.21.3.',
  happens: () => 'The MTU is taken from the external interface instead.',
  fix: () => 'Use Flannel v0.21.3 or later.',
};
