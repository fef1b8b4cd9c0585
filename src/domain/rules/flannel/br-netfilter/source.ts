export const source = 'flannel commit cbf640c6 (v0.26.0): "Failed to check br_netfilter"';
