export const source = 'kubernetes/website kubeadm create-cluster-kubeadm.md: "your Pod network must not overlap with any of the host networks"; kube-apiserver --service-cluster-ip-range flag help';
