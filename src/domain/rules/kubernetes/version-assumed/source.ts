export const source = 'kubeadm common.go validateSupportedVersion (which apiVersion each release accepts); behaviour differs by release';
