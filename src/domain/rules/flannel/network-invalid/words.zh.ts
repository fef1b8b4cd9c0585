import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `net-conf.json 中的 ${s(p, 'key')} "${s(p, 'value')}" 不是 CIDR`,
  reads: () => 'Flannel 读取 net-conf.json 时用 Go 的 net.ParseCIDR 解析 Network 和 IPv6Network。',
  happens: (p) => `kube-flannel 报错 'error parsing subnet config: invalid CIDR address: ${s(p, 'value')}' 并退出。`,
  fix: () => '填写该地址族的 Pod CIDR，例如 10.244.0.0/16。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON 和 pkg/ip/ip6net.go IP6Net.UnmarshalJSON：net.ParseCIDR';
