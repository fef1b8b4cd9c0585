export const source = 'flannel pkg/subnet/kube/kube.go NewSubnetManager reads one net-conf.json (--net-config-path), from the kube-flannel-cfg ConfigMap';
