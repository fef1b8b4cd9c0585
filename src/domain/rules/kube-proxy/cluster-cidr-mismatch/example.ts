import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { overrides: { kubeProxyClusterCidr: '10.244.0.0/16' } });
