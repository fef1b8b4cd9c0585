import { CLUSTER_CONFIGURATION, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  versions: { flannel: '0.28.9' },
  failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('kubernetesVersion: v1.33.0\n', '') }],
  fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
};
