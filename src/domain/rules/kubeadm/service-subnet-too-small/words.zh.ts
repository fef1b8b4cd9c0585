import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Service CIDR ${s(p, 'cidr')} 只有 ${s(p, 'size')} 个地址；kubeadm 至少需要 ${s(p, 'minimum')} 个`,
  reads: () => 'kubeadm 会统计每个 serviceSubnet CIDR 中的地址数量。',
  happens: (p) => `\`kubeadm init\` 报错 "subnet with ${s(p, 'size')} address(es) is too small, the minimum is ${s(p, 'minimum')}" 并退出。`,
  fix: (p) => `使用 /${s(p, 'largestPrefix')} 或更短的前缀。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateIPNetFromString：MinimumAddressesInServiceSubnet = 10';
