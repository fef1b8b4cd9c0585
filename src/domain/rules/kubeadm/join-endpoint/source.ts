export const source = 'kubeadm validation.go ValidateDiscoveryTokenAPIServer: net.SplitHostPort(apiServerEndpoint)';
