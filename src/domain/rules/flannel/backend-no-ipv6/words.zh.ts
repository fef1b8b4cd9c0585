import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `后端 "${s(p, 'type')}" 不能承载 IPv6`,
  reads: () => 'Flannel 的 kube 子网管理器只为 vxlan、host-gw 和 wireguard 后端保留 IPv6。',
  happens: (p) => (s(p, 'outcome') === 'panic' ? '在纯 IPv6 集群上，该后端没有可用的 IPv4 地址，会 panic："Address is not an IPv4 address"。' : 'IPv6 被静默丢弃：Pod 有 IPv6 地址，但节点之间没有路由，跨节点的 IPv6 Pod 流量不通。'),
  fix: () => '使用 vxlan、host-gw（节点在同一二层网络）或 wireguard。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go AcquireLease 对其他后端强制 EnableIPv6=false；Documentation/configuration.md "Dual-stack"';
