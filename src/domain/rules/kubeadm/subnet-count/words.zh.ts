import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} 只能是一个 CIDR，或两个不同地址族的 CIDR；现在有 ${s(p, 'count')} 个`,
  reads: (p) => `kubeadm 检查 ${s(p, 'setting')} 是一个 CIDR，或者双栈时一个 IPv4 加一个 IPv6。`,
  happens: () => '`kubeadm init` 报错 "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking" 并退出。',
  fix: () => '每个地址族只保留一个 CIDR。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateIPNetFromString：netutils.IsDualStackCIDRs';
