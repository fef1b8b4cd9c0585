import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} rejects the subnet settings: ${s(p, 'message')}`,
  reads: () => 'Up to v0.19.x Flannel checks Network, SubnetLen, SubnetMin and SubnetMax while parsing net-conf.json, even with --kube-subnet-mgr.',
  happens: (p) => `kube-flannel exits with "error parsing subnet config: ${s(p, 'message')}".`,
  fix: () => 'Remove SubnetLen/SubnetMin/SubnetMax (kube-controller-manager decides node subnets) or correct them.',
};
