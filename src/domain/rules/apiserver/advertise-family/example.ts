import { KUBEADM, type RuleExample, plan } from '../../example-kit';

// kube-apiserver
export const example: RuleExample = plan(KUBEADM, { overrides: { serviceSubnetOrder: ['ipv6', 'ipv4'] }, advertiseAddress: '192.168.10.11' }, { overrides: { serviceSubnetOrder: ['ipv6', 'ipv4'] }, advertiseAddress: 'fd00:192:168:10::11' });
