import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } });
