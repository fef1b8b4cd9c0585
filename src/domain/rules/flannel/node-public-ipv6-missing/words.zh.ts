import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'outcome') === 'no-lease'
      ? `net-conf.json 启用了 IPv6，但 Flannel 没有为 ${s(p, 'nodes')} 写注解`
      : `net-conf.json 启用了 IPv6，但 ${s(p, 'nodes')} 没有 flannel.alpha.coreos.com/public-ipv6 注解`,
  reads: () =>
    '每个 `flanneld` 在取得租约时，把 flannel.alpha.coreos.com/public-ip 和 public-ipv6 写到自己的节点上，并把其他标有 kube-subnet-manager "true" 的节点转成路由；启用 EnableIPv6 时，它需要那个节点的 public-ipv6。',
  happens: (p) =>
    s(p, 'outcome') === 'no-lease'
      ? '其他 `flanneld` 会跳过没有 kube-subnet-manager 注解的节点，所以这些节点得不到路由：kube-flannel 没有在其上启动，或在取得租约之前就失败了。'
      : `每个启用 EnableIPv6 的 \`flanneld\` 都会对这些节点记录 'Error turning node "<node>" to lease: ${s(p, 'error') || 'Invalid IP address format'}'，并且不为它们的 Pod 子网建立任何路由（两个地址族都没有），因此其上的 Pod 无法访问其他节点上的 Pod。节点上的 \`flanneld\` 没有用这个 net-conf.json 运行时就缺这个注解：它的 Pod 仍在使用加入 IPv6 之前读到的配置（\`flanneld\` 只在启动时读一次 net-conf.json），或者它在取得租约之前就失败了（没有 IPv6 地址或默认路由）。`,
  fix: () =>
    '重启 kube-flannel，让每个 Pod 读取当前的 net-conf.json：`kubectl -n kube-flannel rollout restart daemonset kube-flannel-ds`（v0.19.0 之前命名空间是 kube-system）。如果节点仍没有 public-ipv6，查看它的 kube-flannel 日志：`kubectl -n kube-flannel logs POD -c kube-flannel`。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go 中的 AcquireLease（写入 public-ipv6）、nodeToLease（对 public-ipv6 调用 ip.ParseIP6）和 handleAddLeaseEvent（"Error turning node %q to lease"）；pkg/ip/ip6net.go 中的 ParseIP6，在提交 44e09cf2（v0.28.0）中改为小写';
