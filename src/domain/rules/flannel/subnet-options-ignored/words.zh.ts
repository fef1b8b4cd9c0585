import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `在 kubeadm 集群上，Flannel v${s(p, 'version')} 会忽略 ${s(p, 'keys')}`,
  reads: () => '从 v0.20.0 起，Flannel 只在 etcd 模式下检查 SubnetLen、SubnetMin 和 SubnetMax；使用 --kube-subnet-mgr 时，每个节点的子网就是 kube-controller-manager 分配的 podCIDR。',
  happens: () => '这些值不起作用；节点子网大小由 node-cidr-mask-size-ipv4/-ipv6 决定。',
  fix: () => '删除它们，改为设置 controller-manager 的节点掩码。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel 提交 f174fe93（v0.20.0）：CheckNetworkConfig 只在 etcd 子网管理器中运行';
