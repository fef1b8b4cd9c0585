import { CLUSTER_CONFIGURATION, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('  serviceSubnet', ' serviceSubnet') }],
  fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
};
