import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `即使是纯 IPv6 集群，kubeadm ${s(p, 'kubernetes')} 也会检查 IPv4 转发`,
  reads: () => '1.27 之前的 kubeadm 预检在每个 Linux 节点上检查 /proc/sys/net/ipv4/ip_forward，不管使用哪些地址族；1.27 起转发检查才按使用的地址族进行（kubernetes/kubeadm#2806）。',
  happens: () =>
    '除非 net.ipv4.ip_forward 为 1，`kubeadm init` 和 `join` 会在预检阶段报错 "[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1" 并停止。',
  fix: () => '在每个节点上同时设置 net.ipv4.ip_forward = 1（写入 /etc/sysctl.d/k8s.conf 后执行 `sysctl --system`），或使用 Kubernetes 1.27 及以上版本。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm preflight/checks.go addCommonChecks（1.27 之前在每个 Linux 节点上做 ipv4Forward FileContentCheck）；PR #115420（1.27，修复 kubernetes/kubeadm#2806）改为按地址族检查转发';
