import { fam, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `单栈 ${fam(p, 'family')} 集群设置了 --${s(p, 'flag')}`,
  reads: () => 'kube-controller-manager 把每个掩码参数对应到同一地址族的集群 CIDR。',
  happens: (p) => `kube-controller-manager 报错 "usage of --${s(p, 'flag')} is not allowed for a single-stack ${fam(p, 'family')} cluster" 并退出。`,
  fix: (p) => `删除 --${s(p, 'flag')}。`,
};
