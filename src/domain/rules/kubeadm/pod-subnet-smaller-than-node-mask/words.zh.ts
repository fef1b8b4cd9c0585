import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Pod CIDR ${s(p, 'cidr')} 比单个节点的网段（/${s(p, 'mask')}）还小`,
  reads: (p) => `kube-controller-manager 按 --${s(p, 'flag')}（IPv4 默认 24，IPv6 默认 64）把 Pod CIDR 切成每个节点一块；kubeadm 检查 Pod CIDR 至少能容纳一块。`,
  happens: (p) => `\`kubeadm init\` 报错 "the size of pod subnet with mask ${s(p, 'prefix')} is smaller than the size of node subnet with mask ${s(p, 'mask')}"。从 1.20 起 kubeadm 不再自动计算 IPv6 节点掩码（kubernetes/kubernetes#95723）。`,
  fix: (p) => `把 ${s(p, 'flag')} 设为不小于 ${s(p, 'prefix')}、不大于 ${Number(p.prefix) + 16} 的值，或使用更短的 Pod 前缀。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidatePodSubnetNodeMask（allocate-node-cidrs=false 时跳过）';
