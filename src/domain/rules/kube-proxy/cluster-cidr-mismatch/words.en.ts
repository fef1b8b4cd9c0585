import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" differs from podSubnet "${s(p, 'podSubnet')}"`,
  reads: () => 'kube-proxy uses clusterCIDR to tell pod traffic from outside traffic when it masquerades.',
  happens: () => 'kubeadm only warns; traffic from pods outside clusterCIDR is treated as external, which can break Service access or source IPs.',
  fix: () => 'Remove clusterCIDR so kubeadm fills in podSubnet.',
};
