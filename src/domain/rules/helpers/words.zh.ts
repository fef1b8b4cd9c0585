// 多条规则的中文说明共用的辅助函数（每条规则的说明在它自己的 words.zh.ts 中）。
import type { Params } from '../types';

/** A parameter as text; the key is one of the rule's own (its RuleParams), so a misspelt one does not compile. */
export const s = <P extends object>(p: P, key: keyof P & string): string => String((p as Partial<Params>)[key] ?? '');

export const fam = <P extends object>(p: P, key: keyof P & string): string => s(p, key);

// The parsers describe a Go or JSON type in English (parse/net-conf.ts EXPECTED, parse/kubeadm.ts); said in Chinese here.
export const TYPE_ZH: Record<string, string> = {
  'a string': '字符串',
  'a quoted string': '带引号的字符串',
  'true or false': 'true 或 false',
  'a non-negative whole number': '非负整数',
  'a whole number': '整数',
  'a CIDR string': 'CIDR 字符串',
  'an IP address string': 'IP 地址字符串',
  'an object': '对象',
  'a list': '列表',
};

// A bindPort of another YAML type (parse/kubeadm.ts bindPortType).
export const VALUE_TYPE_ZH: Record<string, string> = { string: '字符串', boolean: '布尔值', number: '数字', list: '列表', map: '映射' };

export const foundValueZh = (p: Params): string => `${VALUE_TYPE_ZH[s(p, 'found')] ?? '其他类型的值'}${s(p, 'value') ? ` ${s(p, 'value')}` : ''}`;

export const typeZh = <P extends object>(p: P, key: keyof P & string, table: Record<string, string> = TYPE_ZH): string => (Object.hasOwn(table, s(p, key)) ? table[s(p, key)]! : s(p, key));
