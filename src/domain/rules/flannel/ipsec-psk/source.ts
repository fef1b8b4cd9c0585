export const source = 'flannel pkg/backend/ipsec/ipsec.go: PSK required, at least 96 characters';
