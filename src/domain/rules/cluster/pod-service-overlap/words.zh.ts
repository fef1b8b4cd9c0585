import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Pod CIDR ${s(p, 'pod')} 与 Service CIDR ${s(p, 'service')} 重叠`,
  reads: () => 'kube-controller-manager 会把与 Service CIDR 重叠的 Pod 网段标记为已用；Flannel 对整个 Pod 范围做路由和地址伪装。kubeadm 官方双栈示例也是这样（Pod 2001:db8:42::/56，Service 2001:db8:42:1::/112）。',
  happens: () => '集群可以启动，但会损失一个或多个节点网段，而且 Service 地址位于 Pod 范围内，会让防火墙、路由和地址伪装规则产生混乱。',
  fix: (p) => `给 Service 一个 Pod CIDR ${s(p, 'pod')} 之外的范围：放在它旁边，而不是它里面。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kube-controller-manager range_allocator.go filterOutServiceRange；kubeadm dual-stack-support.md 中的示例';
