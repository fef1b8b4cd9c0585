import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'net-conf.json 启用了 IPv6，但 podSubnet 中没有 IPv6 CIDR',
  reads: () => '启用 EnableIPv6 后，Flannel 期望每个节点都有 IPv6 podCIDR；只有 podSubnet 含 IPv6 CIDR 时 kube-controller-manager 才会分配。',
  happens: (p) =>
    ({
      error: `Flannel v${s(p, 'version')} 报错 "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6" 并退出。`,
      panic: `Flannel v${s(p, 'version')} 发生空指针 panic（"This panic usually happens if you have configured flannel to use dual-stack but not kube-controller"，flannel#1789、#2115）。`,
      'panic-unsure': `据报告，Flannel v${s(p, 'version')} 会在 vxlan 后端发生空指针崩溃。`,
    })[s(p, 'outcome')] ?? '',
  fix: () => '在 podSubnet 中加入 IPv6 Pod CIDR，或关闭 EnableIPv6。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel issue #1789、#2115；PR #2078（v0.26.0）把空指针 panic 改为错误';
