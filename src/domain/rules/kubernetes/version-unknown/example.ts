import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { kubernetesVersion: '1.22' }, { kubernetesVersion: '1.23' });
