export const source = 'kube-controller-manager ipam/cidrset cidr_set.go AllocateNext ("CIDR allocation failed"); kubernetes/kubernetes#112367, kubernetes/kubeadm#2391, flannel-io/flannel#1688';
