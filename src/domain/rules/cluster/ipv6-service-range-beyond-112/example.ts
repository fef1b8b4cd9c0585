import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:96::/108' } });
