export const source = 'flannel pkg/subnet/config.go parseBackendType: no Backend → "udp" (unchanged since commit 178fe9e2)';
