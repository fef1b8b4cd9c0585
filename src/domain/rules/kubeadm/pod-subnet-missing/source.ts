export const source = 'kubeadm manifests.go getControllerManagerCommand: --allocate-node-cidrs only when podSubnet is set; flannel Documentation/troubleshooting.md';
