export const source = 'flannel pkg/subnet/kube/kube.go AcquireLease forces EnableIPv6=false for other backends; Documentation/configuration.md "Dual-stack"';
