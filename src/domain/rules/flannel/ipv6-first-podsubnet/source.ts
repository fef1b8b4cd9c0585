export const source = 'flannel pkg/subnet/kube/kube.go AcquireLease/nodeToLease: spec.podCIDR read as IPv4; fixed by PR #1672 in v0.20.2';
