import { KUBEADM, type RuleExample, plan } from '../../example-kit';

// kube-proxy
export const example: RuleExample = plan(KUBEADM, { overrides: { kubeProxyClusterCidr: '10.244.0.0/16,10.245.0.0/16' } });
