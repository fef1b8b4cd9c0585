export const source = 'kubeadm initconfiguration.go: strict decode into the versioned types';
