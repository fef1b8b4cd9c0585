export const source = 'kubeadm constants.go MaximumBitsForServiceSubnet comment; kubernetes/kubernetes#129797';
