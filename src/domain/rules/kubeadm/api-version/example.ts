import { CLUSTER_CONFIGURATION, type RuleExample } from '../../example-kit';

// The wizard always writes the apiVersion the release prefers: an older one comes only from a file.
export const example: RuleExample = {
  kind: 'files',
  versions: { kubernetes: '1.33' },
  failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('v1beta4', 'v1beta2') }],
  fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
};
