import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `net-conf.json 的 Network 是 IPv6 CIDR ${s(p, 'value')}`,
  reads: () => 'Flannel 只把 Network 当作 IPv4 CIDR；IPv6 应写在 IPv6Network。',
  happens: (p) => (s(p, 'outcome') === 'panic' ? `Flannel v${s(p, 'version')} 在读取文件时 panic："Address is not an IPv4 address"，并反复重启。` : `Flannel v${s(p, 'version')} 报错 "error parsing subnet config: invalid IPv4 CIDR format" 并退出。`),
  fix: () => '把 IPv6 CIDR 移到 IPv6Network 并设置 "EnableIPv6": true；Network 填 IPv4 Pod CIDR，纯 IPv6 则设置 "EnableIPv4": false。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON → FromIP panic（≤ v0.28.8）；v0.28.9 的提交 823bd5eb 改为返回错误';
