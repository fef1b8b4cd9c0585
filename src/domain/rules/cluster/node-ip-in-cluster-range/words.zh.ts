import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'what')} 的地址 ${s(p, 'address')} 位于 ${s(p, 'setting')} ${s(p, 'cidr')} 之内`,
  reads: () => 'Flannel 把 Pod 范围路由进隧道，kube-proxy 在每个节点上接管 Service 范围。',
  happens: () => '发往节点自身地址的流量会被送进覆盖网络或被 DNAT，节点之间以及节点与 API Server 之间无法通信。',
  fix: () => '选择不包含节点地址的 Pod 和 Service 范围。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubernetes/website kubeadm create-cluster-kubeadm.md："your Pod network must not overlap with any of the host networks"；kube-apiserver --service-cluster-ip-range 参数说明';
