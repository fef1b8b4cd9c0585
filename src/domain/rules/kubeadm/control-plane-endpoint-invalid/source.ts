export const source = 'kubeadm endpoint.go ParseHostPort via ValidateHostPort';
