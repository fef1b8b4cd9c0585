import { IPV4_ONLY, KUBEADM, type RuleExample, plan } from '../../example-kit';

export const example: RuleExample = plan(
  KUBEADM,
  { ...IPV4_ONLY, nodeMask: { ipv4: '25', ipv6: '64' }, overrides: { controllerManagerArgs: { 'node-cidr-mask-size': '24' } } },
  { ...IPV4_ONLY, nodeMask: { ipv4: '25', ipv6: '64' } },
);
