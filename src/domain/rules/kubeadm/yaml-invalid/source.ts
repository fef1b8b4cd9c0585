export const source = 'kubeadm initconfiguration.go documentMapToInitConfiguration: YAML decode';
