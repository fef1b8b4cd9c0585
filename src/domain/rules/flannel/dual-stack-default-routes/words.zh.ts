import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => '未指定 --iface 的双栈 Flannel 需要同一网卡上同时有 IPv4 和 IPv6 默认路由',
  reads: () => '没有 --iface 时，Flannel 使用每个地址族默认路由所在的网卡，并要求两者相同。',
  happens: () => '节点缺少 IPv6 默认路由时，kube-flannel 报错 "failed to get default v6 interface: unable to find default v6 route"；两个默认路由不在同一网卡时报错 "v6 default route interface <a> must be the same with v4 default route interface <b>"。',
  fix: () => '在每个节点上检查 `ip -6 route show default`，或在 Flannel 步骤中填写网卡名。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/ipmatch/match.go LookupExtIface：两个默认路由都在同一网卡上';
