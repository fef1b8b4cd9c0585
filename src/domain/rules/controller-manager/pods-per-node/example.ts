import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { nodeMask: { ipv4: '26', ipv6: '64' } });
