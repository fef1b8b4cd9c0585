import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} 会忽略 EnableNFTables`,
  reads: () => 'Flannel 从 v0.25.0 开始读取 EnableNFTables；更早的版本忽略未知键。',
  happens: () => 'Flannel 仍然使用 iptables。',
  fix: () => '使用 Flannel v0.25.0 或更高版本，或删除该键。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel 提交 f244861a（v0.25.0）加入 EnableNFTables';
