export const source = 'kube-controller-manager core.go setNodeCIDRMaskSizes';
