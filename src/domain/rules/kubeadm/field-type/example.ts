import { CLUSTER_CONFIGURATION, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('kubernetesVersion: v1.33.0', 'kubernetesVersion: 1.33') }],
  fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('kubernetesVersion: v1.33.0', 'kubernetesVersion: "1.33"') }],
};
