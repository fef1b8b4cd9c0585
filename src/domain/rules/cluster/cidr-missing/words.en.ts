import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `The stack needs an ${s(p, 'family')} pod CIDR`,
  reads: () => 'kube-controller-manager gives each node one block per podSubnet entry; Flannel needs a block of every family it runs.',
  happens: () => 'Without it the cluster is not the stack you chose: nodes get no podCIDR of that family.',
  fix: (p) => `Enter an ${s(p, 'family')} pod CIDR.`,
};
