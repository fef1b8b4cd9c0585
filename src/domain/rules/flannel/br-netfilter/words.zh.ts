import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'Flannel 会检查 br_netfilter 是否已加载',
  reads: (p) => `从 v0.26.0 起，iptables 模式的 Flannel 会检查 /proc/sys/net/bridge/${s(p, 'families')}。`,
  happens: () => '没有 br_netfilter 模块时，kube-flannel 报错 "Failed to check br_netfilter" 并退出。',
  fix: () => '在每个节点上加载 br_netfilter（NEXT-STEPS.md 中有命令），或启用 nftables。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel 提交 cbf640c6（v0.26.0）："Failed to check br_netfilter"';
