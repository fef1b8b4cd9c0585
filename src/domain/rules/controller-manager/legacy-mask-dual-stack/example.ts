import { KUBEADM, type RuleExample, plan } from '../../example-kit';

// kube-controller-manager
export const example: RuleExample = plan(KUBEADM, { overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } });
