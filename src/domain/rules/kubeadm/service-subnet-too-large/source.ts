export const source = 'kubeadm validation.go ValidateServiceSubnetSize: MaximumBitsForServiceSubnet = 20';
