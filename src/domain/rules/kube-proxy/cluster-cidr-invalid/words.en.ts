import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" is not valid`,
  reads: () => 'kube-proxy validates clusterCIDR when it starts; kubeadm does not check component configs.',
  happens: (p) =>
    `The kube-proxy DaemonSet crash-loops with "${
      { 'too-many': 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', 'not-dual': 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', invalid: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)' }[s(p, 'shape')] ?? ''
    }".`,
  fix: () => 'Remove clusterCIDR so kubeadm fills in podSubnet, or copy podSubnet exactly.',
};
