export const source = 'flannel pkg/backend/wireguard/wireguard.go: Mode (v0.18.0+) separate|auto|ipv4|ipv6, else "no valid Mode configured"';
