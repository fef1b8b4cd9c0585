import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Service CIDR ${s(p, 'cidr')} 太大：kubeadm 最多允许 20 位主机位（/${s(p, 'minPrefix')}）`,
  reads: () => 'kubeadm 把每个 serviceSubnet CIDR 限制在 20 位主机位以内，因为 Service IP 分配器用位图记录它。',
  happens: (p) => `\`kubeadm init\` 报错 "specified service subnet is too large; for ${s(p, 'bits')}-bit addresses, the mask must be >= ${s(p, 'minPrefix')}"。从 Kubernetes 1.34 起 API Server 本身不再限制大小，但 kubeadm 仍然检查。`,
  fix: (p) => `使用 /${s(p, 'minPrefix')} 或更长的前缀。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateServiceSubnetSize：MaximumBitsForServiceSubnet = 20';
