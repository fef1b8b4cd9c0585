import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} 拒绝子网设置："${s(p, 'message')}"`,
  reads: () => '到 v0.19.x 为止，即使使用 --kube-subnet-mgr，Flannel 在解析 net-conf.json 时也会检查 Network、SubnetLen、SubnetMin 和 SubnetMax。',
  happens: (p) => `kube-flannel 报错 "error parsing subnet config: ${s(p, 'message')}" 并退出。`,
  fix: () => '删除 SubnetLen/SubnetMin/SubnetMax（节点子网由 kube-controller-manager 决定），或改正它们。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel subnet/config.go ParseConfig 的检查（≤ v0.19.x），报错信息首字母大写';
