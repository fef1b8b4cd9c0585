import { s } from '../../helpers/words.zh';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

const fieldNameZh = (p: Params): string =>
  s(p, 'what') === 'node' ? `${s(p, 'node')} 的 ${s(p, 'family')} 地址字段` : `${s(p, 'family')} ${s(p, 'what') === 'pod' ? 'Pod' : 'Service'} CIDR 字段`;

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'list'
      ? `${fieldNameZh(p)}填了 ${s(p, 'count')} 个${s(p, 'what') === 'node' ? '地址' : ' CIDR'}："${s(p, 'value')}"；这里只能填一个`
      : `${fieldNameZh(p)}填的是 ${s(p, 'found')} ${s(p, 'what') === 'node' ? '地址' : 'CIDR'}："${s(p, 'value')}"`,
  reads: (p) =>
    s(p, 'what') === 'node'
      ? '向导把节点的 IPv4 和 IPv6 两个字段连成 kubelet --node-ip；kubelet 按地址本身判断每一项的地址族，而不是按字段。'
      : `向导把 IPv4 和 IPv6 两个字段连成 ${s(p, 'what') === 'pod' ? 'podSubnet' : 'serviceSubnet'}；kubeadm 和各组件按地址本身判断每一项的地址族，而不是按字段。`,
  happens: (p) =>
    s(p, 'what') === 'node'
      ? '同一地址族的两个地址或多于两个地址会让 kubelet 报错 \'bad --node-ip "…": must contain either a single IP or a dual-stack pair of IPs\' 并退出；否则节点得到的地址族与方案不同。'
      : `同一地址族的两个 CIDR 或多于两个 CIDR 会让 \`kubeadm init\` 报错 "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking" 并退出；否则集群用的地址族与你选择的协议栈不同${s(p, 'what') === 'pod' ? '，而 Flannel 的 Network 只接受 IPv4，会退出' : ''}。`,
  fix: (p) => (s(p, 'hint') === 'list' ? `这个字段只保留一个 ${s(p, 'family')} 值。` : `这里填 ${s(p, 'family')} 值，${s(p, 'found')} 值填到它自己的字段。`),
};
