export const source = 'kubelet kubelet_node_status.go validateNodeIP';
