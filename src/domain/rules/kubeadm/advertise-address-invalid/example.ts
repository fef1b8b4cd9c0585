import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { advertiseAddress: '192.168.10.11/24' }, { advertiseAddress: '192.168.10.11' });
