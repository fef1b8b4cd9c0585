import { CP, type RuleExample, W1, plan } from '../../example-kit';

export const example: RuleExample = plan(
  ['kubeadm-config.yaml', 'join-w-1.yaml'],
  { nodes: [CP, W1], podCidr: { ipv4: '10.244.0.0/24', ipv6: 'fd00:10:244::/56' } },
  { nodes: [CP, W1], podCidr: { ipv4: '10.244.0.0/24', ipv6: 'fd00:10:244::/56' }, nodeMask: { ipv4: '25', ipv6: '64' } },
);
