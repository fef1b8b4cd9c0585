import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { nodeMask: { ipv4: '/24', ipv6: '64' } });
