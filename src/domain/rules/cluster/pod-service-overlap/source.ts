export const source = 'kube-controller-manager range_allocator.go filterOutServiceRange; kubeadm dual-stack-support.md example';
