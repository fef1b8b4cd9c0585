import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `--${s(p, 'flag')} is set on a single-stack ${s(p, 'family')} cluster`,
  reads: () => 'kube-controller-manager maps each mask flag to the cluster CIDR of its family.',
  happens: (p) => `kube-controller-manager exits with "usage of --${s(p, 'flag')} is not allowed for a single-stack ${s(p, 'family')} cluster".`,
  fix: (p) => `Remove --${s(p, 'flag')}.`,
};
