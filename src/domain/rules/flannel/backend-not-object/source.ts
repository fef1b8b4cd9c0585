export const source = 'flannel pkg/subnet/config.go parseBackendType';
