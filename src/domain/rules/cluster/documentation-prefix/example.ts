import { CP, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { nodes: [{ ...CP, ipv6: '2001:db8:10::11' }] });
