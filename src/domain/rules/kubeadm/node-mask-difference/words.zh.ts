import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `节点掩码 /${s(p, 'mask')} 比 Pod CIDR ${s(p, 'cidr')} 长了 16 位以上`,
  reads: () => 'kube-controller-manager 用最多 2^16 项的位图记录节点网段；kubeadm 拒绝更多。',
  happens: (p) => `\`kubeadm init\` 报错 "pod subnet mask (${s(p, 'prefix')}) and node-mask (${s(p, 'mask')}) difference is greater than 16"。`,
  fix: (p) => `把 ${s(p, 'flag')} 设为 ${s(p, 'suggested')} 或更小，或把 Pod CIDR 扩大到 /${s(p, 'suggestedPrefix')}。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidatePodSubnetNodeMask：PodSubnetNodeMaskMaxDiff = 16';
