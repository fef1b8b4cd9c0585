export const source = 'kubernetes/website docs/setup/production-environment/tools/kubeadm/dual-stack-support.md: podSubnet lists one CIDR per family in use';
