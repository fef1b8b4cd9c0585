import { IPV4_ONLY, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(KUBEADM, { ...IPV4_ONLY, overrides: { controllerManagerArgs: { 'node-cidr-mask-size-ipv6': '64' } } }, IPV4_ONLY);
