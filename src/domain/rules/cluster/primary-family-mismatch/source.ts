export const source = 'kubeadm constants.go GetKubernetesServiceCIDR; KCM range_allocator (podCIDR = first podSubnet entry); kubelet ips.go (first node-ip is primary)';
