import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { overrides: { serviceSubnet: '10.96.0.0/12,10.97.0.0/16' } });
