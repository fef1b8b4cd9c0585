import { KUBEADM_CONFIG_MAP, NODE, NODES, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  versions: { flannel: '0.28.9' },
  failing: [KUBEADM_CONFIG_MAP('10.244.0.0/16,fd00:10:244::/56'), NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true }), NODE('w-1', ['10.244.1.0/24'])])],
  fixed: [KUBEADM_CONFIG_MAP('10.244.0.0/16,fd00:10:244::/56'), NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true }), NODE('w-1', ['10.244.1.0/24', 'fd00:10:244:1::/64'])])],
};
