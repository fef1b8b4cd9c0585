import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Not valid YAML: ${s(p, 'error')}`,
  reads: () => 'kubeadm reads the --config file as YAML documents separated by "---".',
  happens: () => '`kubeadm init` stops while reading the file.',
  fix: () => 'Fix the YAML syntax at the line shown (indentation, a missing colon, tabs).',
};
