export const source = 'flannel commit f174fe93 (v0.20.0): CheckNetworkConfig runs only for the etcd manager';
