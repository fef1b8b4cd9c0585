import { CLUSTER_CONFIGURATION, type RuleExample } from '../../example-kit';

// The wizard writes every CIDR canonical: a non-canonical one comes only from a file.
export const example: RuleExample = {
  kind: 'files',
  versions: { flannel: '0.28.9' },
  failing: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION.replace('podSubnet: 10.244.0.0/16', 'podSubnet: 10.244.0.1/16') }],
  fixed: [{ path: 'kubeadm-config.yaml', text: CLUSTER_CONFIGURATION }],
};
