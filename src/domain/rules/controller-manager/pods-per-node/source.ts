export const source = 'kubelet apis/config/v1beta1 defaults.go: MaxPods 110; kube-controller-manager --node-cidr-mask-size-ipv4/-ipv6';
