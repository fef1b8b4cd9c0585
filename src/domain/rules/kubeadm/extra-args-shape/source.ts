export const source = 'kubeadm v1beta4 types.go: extraArgs and kubeletExtraArgs are []Arg; v1beta3: map[string]string';
