import { IPV6_ONLY, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { ...IPV6_ONLY, kubernetesVersion: '1.26' }, { ...IPV6_ONLY, kubernetesVersion: '1.27' });
