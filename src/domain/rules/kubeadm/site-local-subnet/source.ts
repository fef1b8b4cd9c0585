export const source = 'kubeadm validation.go ValidateIPNetFromString: klog warning for fec0::/10';
