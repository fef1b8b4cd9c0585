export const source = 'kubeadm validation.go ValidateIPNetFromString: MinimumAddressesInServiceSubnet = 10';
