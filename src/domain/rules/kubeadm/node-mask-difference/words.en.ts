import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Node mask /${s(p, 'mask')} is more than 16 bits longer than pod CIDR ${s(p, 'cidr')}`,
  reads: () => 'kube-controller-manager tracks node blocks in a bitmap of at most 2^16 entries; kubeadm refuses more.',
  happens: (p) => `\`kubeadm init\` stops with "pod subnet mask (${s(p, 'prefix')}) and node-mask (${s(p, 'mask')}) difference is greater than 16".`,
  fix: (p) => `Set ${s(p, 'flag')} to ${s(p, 'suggested')} or less, or widen the pod CIDR to /${s(p, 'suggestedPrefix')}.`,
};
