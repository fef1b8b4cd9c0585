export const source = 'kubelet nodestatus NodeAddress setter; KEP-3705 "Current behavior": no dual-stack auto-detection without a cloud provider';
