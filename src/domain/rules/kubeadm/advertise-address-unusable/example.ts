import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { advertiseAddress: '169.254.10.11' }, { advertiseAddress: '192.168.10.11' });
