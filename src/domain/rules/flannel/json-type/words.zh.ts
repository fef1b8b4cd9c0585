import { s, typeZh } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

const JSON_KIND_ZH: Record<string, string> = { null: 'null', array: '数组', number: '数字', bool: '布尔值', string: '字符串', object: '对象' };

export const zh: RuleText<RuleParams> = {
  message: (p) => `net-conf.json 的 ${s(p, 'key')} 应当是${typeZh(p, 'expected')}，而不是${typeZh(p, 'found', JSON_KIND_ZH)}`,
  reads: () => 'Flannel 用 Go 的 encoding/json 把 net-conf.json 解码成有类型的字段。',
  happens: (p) => `kube-flannel 报错 "error parsing subnet config: json: cannot unmarshal ${s(p, 'found')} into Go struct field Config.${s(p, 'key')} of type ${s(p, 'goType')}" 并退出。`,
  fix: (p) => `把 ${s(p, 'key')} 写成${typeZh(p, 'expected')}。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/config.go ParseConfig：Go encoding/json 的类型检查';
