import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'key')} 没有被带入规划`,
  reads: () => 'Flannel 的后端会读取这个键，但本工具没有对它建模。',
  happens: () => '它不会被检查，由该规划生成的文件中也不会包含它。',
  fix: (p) => `应用生成的文件时，在你自己的 net-conf.json 中保留 ${s(p, 'key')}。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/backend/*：每个后端解析自己的 Backend 键（vxlan_windows.go `Name`、MacPrefix；ipsec.go ESPProposal；extension.go 的命令）';
