import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'source') === 'nodes'
      ? `节点 ${s(p, 'nodes')} 的 podCIDRs 中 IPv6 在前（"${s(p, 'podSubnet')}"）：Flannel v${s(p, 'version')} 会崩溃，报错 "Address is not an IPv4 address"`
      : `podSubnet "${s(p, 'podSubnet')}" 中 IPv6 在前：Flannel v${s(p, 'version')} 会崩溃，报错 "Address is not an IPv4 address"`,
  reads: (p) =>
    s(p, 'source') === 'nodes'
      ? 'kube-controller-manager 给节点分配 podCIDRs 时把第一个网段（即 IPv6 网段）设为 node.spec.podCIDR，之后不再改变。v0.20.2 之前的 Flannel 把 spec.podCIDR 当作节点的 IPv4 子网读取。'
      : 'kube-controller-manager 把 podSubnet 第一项中的网段设为 node.spec.podCIDR，因此它是 IPv6 网段。v0.20.2 之前的 Flannel 把 spec.podCIDR 当作节点的 IPv4 子网读取。',
  happens: (p) =>
    `${s(p, 'outcome') === 'panic' ? 'kube-flannel 启动时 panic："panic: Address is not an IPv4 address"，Pod 反复重启。' : 'kube-flannel 反复崩溃：第一次启动记录 \'subnet "<Network>" specified in the flannel net config doesn\'t contain "<IPv6 网段>" PodCIDR\'，之后每次重启都记录 "Observed a panic: Address is not an IPv4 address"。Pod 网络始终起不来（flannel-io/flannel#1629）。'}Flannel v0.20.2（PR #1672）修复了此问题，改为按地址族选择 podCIDR。`,
  fix: (p) =>
    s(p, 'source') === 'nodes'
      ? '使用 Flannel v0.20.2 或更高版本。现在调整 podSubnet 的顺序无济于事：节点会一直保留已分配的 podCIDRs。'
      : `使用 Flannel v0.20.2 或更高版本；或在 podSubnet 中让 IPv4 在前（"${s(p, 'ipv4First')}"），serviceSubnet 和 node-ip 仍可以 IPv6 在前。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go AcquireLease/nodeToLease：spec.podCIDR 按 IPv4 读取；v0.20.2 中由 PR #1672 修复';
