import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `双栈下使用 --iface=${s(p, 'iface')}：Flannel v${s(p, 'version')} 找不到 IPv6 地址`,
  reads: () => 'Flannel 根据 --iface 选择对外地址；给的是 IP 时，v0.27.4 之前的版本只查找该地址族。',
  happens: () => '检测不到 IPv6，IPv6 隧道不会建立（"both IP should be specified with the same method"，flannel PR #1762）。',
  fix: () => '--iface 改用网卡名，或加上 --public-ipv6，或使用 Flannel v0.27.4 或更高版本。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel PR #1762（维护者的建议）和 PR #2283（提交 a0a7d683，v0.27.4）';
