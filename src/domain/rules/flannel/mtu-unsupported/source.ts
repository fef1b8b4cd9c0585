export const source = 'flannel pkg/backend/vxlan/vxlan.go and pkg/backend/wireguard/wireguard.go: MTU option, first in tag v0.21.3';
