import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => '没有 podSubnet：节点拿不到 Flannel 需要的 podCIDR',
  reads: () => '只有设置了 networking.podSubnet，kubeadm 才会给 kube-controller-manager 打开 --allocate-node-cidrs；kube-subnet-mgr 模式的 Flannel 读取每个节点的 spec.podCIDR。',
  happens: () => 'kube-flannel 在每个节点上报错 "node <name> pod cidr not assigned"，Pod 都没有网络。',
  fix: () => '把 networking.podSubnet（kubeadm init --pod-network-cidr）设为 Flannel 的 Network，例如 10.244.0.0/16。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm manifests.go getControllerManagerCommand：只有设置了 podSubnet 才加 --allocate-node-cidrs；flannel Documentation/troubleshooting.md';
