import { fam, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'what') === 'podSubnet'
      ? `podSubnet 把 ${fam(p, 'family')} 排在前面，而 serviceSubnet 把 ${fam(p, 'serviceFamily')} 排在前面`
      : `${s(p, 'nodes')} 的 node-ip 把 ${fam(p, 'family')} 排在前面，而 Service 优先 ${fam(p, 'serviceFamily')}`,
  reads: () => '三处各自从自己的列表决定"主"地址族：默认 Service 地址族以及 kubernetes、DNS Service IP 来自 serviceSubnet；node.spec.podCIDR 来自 podSubnet；节点的主 InternalIP（以及 hostNetwork Pod IP）来自 node-ip。',
  happens: () => '这是允许的，也可能是有意为之（v0.20.2 之前的 Flannel 需要 podSubnet 中 IPv4 在前，而 Service 可以优先 IPv6），但只读取单个 podCIDR 或节点 IP 的工具看到的地址族会与 Service 不同。',
  fix: () => '除非确有需要，保持顺序一致。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm constants.go GetKubernetesServiceCIDR；KCM range_allocator（podCIDR = podSubnet 第一项）；kubelet ips.go（第一个 node-ip 为主地址）';
