import { fam } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `当前协议栈需要 ${fam(p, 'family')} Pod CIDR`,
  reads: () => 'kube-controller-manager 为 podSubnet 的每一项给每个节点分配一块；Flannel 运行的每个地址族都需要一块。',
  happens: () => '缺少时集群不是你选择的协议栈：节点拿不到该地址族的 podCIDR。',
  fix: (p) => `填写 ${fam(p, 'family')} Pod CIDR。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubernetes/website docs/setup/production-environment/tools/kubeadm/dual-stack-support.md：podSubnet 为每个使用的地址族列出一个 CIDR';
