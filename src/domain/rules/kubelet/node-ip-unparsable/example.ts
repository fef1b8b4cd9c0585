import { CP, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { nodes: [{ ...CP, nodeIp: '192.168.10.11,fd00:192:168:10::11/64' }] });
