export const source = 'kubeadm validation.go ValidateNetworking: validation.IsDNS1123Subdomain(dnsDomain)';
