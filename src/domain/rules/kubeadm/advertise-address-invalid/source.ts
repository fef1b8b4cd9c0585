export const source = 'kubeadm initconfiguration.go SetAPIEndpointDynamicDefaults: single IP only';
