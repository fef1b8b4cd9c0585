import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `net-conf.json 不是有效的 JSON："${s(p, 'error')}"`,
  reads: () => 'Flannel 用 Go 的 encoding/json 解析 net-conf.json。',
  happens: () => 'kube-flannel 报错 "error parsing subnet config: …" 并退出。',
  fix: () => '修正 JSON（键要加引号，不能有多余的逗号和注释）。',
};
