import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'places')} 位于文档专用前缀 ${s(p, 'prefix')} 中`,
  reads: () => '文档前缀保留给示例使用（RFC 5737、RFC 3849）。',
  happens: () => '在集群内部可以工作，但这些地址不可路由，可能被网络过滤，照抄示例的集群之间也会冲突。',
  fix: () => '使用 ULA（fd00::/8，可用随机 ULA 按钮生成）或你自己的地址规划。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'RFC 5737（192.0.2.0/24、198.51.100.0/24、203.0.113.0/24）和 RFC 3849（2001:db8::/32）';
