export const source = 'flannel pkg/subnet/kube/kube.go AcquireLease before v0.17.0 reads spec.podCIDR as IPv4; commit f49d79e7 and PR #1539 "Ipv6 only support", first in v0.17.0';
