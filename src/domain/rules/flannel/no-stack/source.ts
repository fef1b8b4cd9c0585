export const source = 'flannel main.go: ipmatch.GetIPFamily → "none defined stack"';
