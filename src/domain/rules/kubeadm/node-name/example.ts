import { CP, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { nodes: [{ ...CP, name: 'CP_1' }] });
