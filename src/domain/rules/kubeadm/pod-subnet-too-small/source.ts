export const source = 'kubeadm validation.go ValidateIPNetFromString: MinimumAddressesInPodSubnet = 14';
