import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel 的 ${s(p, 'key')} ${s(p, 'network')} 不包含 Pod CIDR ${s(p, 'pod')}`,
  reads: (p) => `Flannel 检查 ${s(p, 'key')} 是否包含 kube-controller-manager 从 kubeadm podSubnet 中分给每个节点的 podCIDR。`,
  happens: (p) =>
    s(p, 'outcome') === 'error'
      ? `kube-flannel 报错 'subnet "${s(p, 'network')}" specified in the flannel net config doesn't contain "<节点 podCIDR>" PodCIDR of the "<node>" node' 并退出。`
      : `Flannel v${s(p, 'version')} 不检查这一点，但地址伪装和路由基于 ${s(p, 'key')}，范围之外的 Pod 流量会被错误处理。`,
  fix: (p) => `把 ${s(p, 'key')} 设为 ${s(p, 'pod')}（或包含它的更大范围）。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/subnet/kube/kube.go AcquireLease containsCIDR（v0.18.0+，提交 d8fea14a）';
