import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `kubeadm 给节点分配了 IPv6 podCIDR（${s(p, 'pod')}），但 net-conf.json 没有启用 IPv6`,
  reads: () => '只有设置 "EnableIPv6": true 和 IPv6Network，Flannel 才配置 IPv6；官方 kube-flannel.yml 两者都没有。它如何处理节点的 IPv6 podCIDR 取决于版本。',
  happens: (p) =>
    ({
      ignored: `Flannel v${s(p, 'version')} 正常运行，但静默忽略 IPv6 podCIDR：Pod 没有 IPv6 地址，集群只是名义上的双栈。`,
      panic: `Flannel v${s(p, 'version')} 发生空指针 panic（flannel PR #1572、issue #2225）。`,
      'not-in-config': `Flannel v${s(p, 'version')} 报错 'failed to acquire lease: subnet "<IPv6 podCIDR>" specified in the PodCIDR, but doesn't exist in the flannel net config of the "<node>" node'（kubernetes/kubernetes#112167）。`,
      'no-ipv6-network': `Flannel v${s(p, 'version')} 报错 "could not find an ipv6 network in the flannel configuration"。`,
      'not-enabled': '设置了 IPv6Network 但 EnableIPv6 不是 true，Flannel 不写 FLANNEL_IPV6_SUBNET，Pod 拿不到 IPv6 地址。',
    })[s(p, 'outcome')] ?? '',
  fix: (p) => `添加 "EnableIPv6": true 和 "IPv6Network": "${s(p, 'pod')}"。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go AcquireLease 对 IPv6 podCIDR 的处理因版本而异：PR #1572（v0.18.1）、Config.GetFlannelIPv6Network（v0.21.0）、issue #2225、提交 80e1e42f（v0.28.0）';
