import { KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { serviceCidr: { ipv4: '10.96.0.0/11', ipv6: 'fd00:10:96::/112' } }, { serviceCidr: { ipv4: '10.96.0.0/12', ipv6: 'fd00:10:96::/112' } });
