import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} 不支持纯 IPv6 集群`,
  reads: () => 'v0.17.0 之前的 Flannel 不管 EnableIPv4 如何，总是把 node.spec.podCIDR 当作 IPv4 子网读取；纯 IPv6 集群（podSubnet 只有 IPv6，或 net-conf.json 设置了 "EnableIPv4": false）给它的是 IPv6 子网。',
  happens: () => 'kube-flannel 在每个节点上 panic："Address is not an IPv4 address"。',
  fix: () => '使用 Flannel v0.17.0 或更高版本（纯 IPv6 支持，PR #1539）；最好用最新版。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'v0.17.0 之前，flannel pkg/subnet/kube/kube.go AcquireLease 把 spec.podCIDR 按 IPv4 读取；提交 f49d79e7 和 PR #1539 "Ipv6 only support"，首次出现在 v0.17.0';
