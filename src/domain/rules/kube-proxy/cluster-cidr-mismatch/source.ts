export const source = 'kubeadm componentconfigs/kubeproxy.go Default: clusterCIDR = podSubnet, warns when it differs';
