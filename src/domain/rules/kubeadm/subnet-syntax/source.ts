export const source = 'kubeadm validation.go ValidateIPNetFromString: split on "," untrimmed, netutils.ParseCIDRs';
