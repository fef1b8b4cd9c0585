import { CP, KUBEADM, type RuleExample, plan } from '../../example-kit';

// kubelet
export const example: RuleExample = plan(KUBEADM, { nodes: [{ ...CP, nodeIp: '192.168.10.11,192.168.10.12' }] });
