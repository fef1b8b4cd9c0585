import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} 会忽略后端 MTU`,
  reads: () => 'vxlan 和 wireguard 后端从 v0.21.3 开始读取 MTU。',
  happens: () => 'MTU 改为取外部网卡的值。',
  fix: () => '使用 Flannel v0.21.3 或更高版本。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/backend/vxlan/vxlan.go 和 pkg/backend/wireguard/wireguard.go：MTU 选项，首次出现在标签 v0.21.3';
