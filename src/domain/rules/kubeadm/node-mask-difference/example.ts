import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { podCidr: { ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/40' } });
