import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { kubernetesVersion: '1.28', overrides: { cloudProvider: 'external' } }, { kubernetesVersion: '1.29', overrides: { cloudProvider: 'external' } });
