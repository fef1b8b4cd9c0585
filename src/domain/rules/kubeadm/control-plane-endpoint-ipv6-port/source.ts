export const source = 'kubeadm endpoint.go ParseHostPort: a failed net.SplitHostPort makes the whole string the host';
