import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'No podSubnet: nodes get no podCIDR, which Flannel needs',
  reads: () => 'kubeadm turns on --allocate-node-cidrs for kube-controller-manager only when networking.podSubnet is set; Flannel in kube-subnet-mgr mode reads each node\'s spec.podCIDR.',
  happens: () => 'kube-flannel fails on every node with "node <name> pod cidr not assigned" and no pod gets a network.',
  fix: () => 'Set networking.podSubnet (kubeadm init --pod-network-cidr) to Flannel\'s Network, e.g. 10.244.0.0/16.',
};
