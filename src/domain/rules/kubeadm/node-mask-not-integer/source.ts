export const source = 'kubeadm validation.go getClusterNodeMask: strconv.Atoi on node-cidr-mask-size-ipv4/-ipv6';
