import { CP, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { nodes: [{ ...CP, ipv4: '10.244.0.11' }] });
