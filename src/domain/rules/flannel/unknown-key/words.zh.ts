import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel 不读取 net-conf.json 中的键 "${s(p, 'key')}"`,
  reads: () => 'Flannel 匹配键时不区分大小写，并忽略所有不认识的键。',
  happens: () => '该设置不会生效，也不会有任何提示。',
  fix: (p) => (s(p, 'suggestion') ? `是不是想写 "${s(p, 'suggestion')}"？` : '删除该键。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/config.go ParseConfig：Go encoding/json 忽略未知键';
