import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Service CIDR ${s(p, 'cidr')} has ${s(p, 'size')} addresses; kubeadm needs at least ${s(p, 'minimum')}`,
  reads: () => 'kubeadm counts the addresses in each serviceSubnet CIDR.',
  happens: (p) => `\`kubeadm init\` stops with "subnet with ${s(p, 'size')} address(es) is too small, the minimum is ${s(p, 'minimum')}".`,
  fix: (p) => `Use a prefix of /${s(p, 'largestPrefix')} or shorter.`,
};
