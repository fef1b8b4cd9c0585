export const source = 'flannel pkg/subnet/kube/kube.go AcquireLease containsCIDR (v0.18.0+, commit d8fea14a)';
