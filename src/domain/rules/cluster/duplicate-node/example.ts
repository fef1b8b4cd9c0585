import { CP, type RuleExample, W1, plan } from '../../example-kit';

export const example: RuleExample = plan(['kubeadm-config.yaml', 'join-w-1.yaml'], { nodes: [CP, { ...W1, ipv4: CP.ipv4 }] }, { nodes: [CP, W1] });
