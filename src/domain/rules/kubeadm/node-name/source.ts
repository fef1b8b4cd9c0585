export const source = 'kubeadm validation.go ValidateNodeRegistrationOptions: IsDNS1123Subdomain(nodeRegistration.name) (commit 00d24de699fe)';
