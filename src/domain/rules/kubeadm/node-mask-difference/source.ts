export const source = 'kubeadm validation.go ValidatePodSubnetNodeMask: PodSubnetNodeMaskMaxDiff = 16';
