export const source = 'kubeadm validation.go ValidateIPNetFromString: netutils.IsDualStackCIDRs';
