export const source = 'kubeadm validation.go ValidatePodSubnetNodeMask (skipped when allocate-node-cidrs=false)';
