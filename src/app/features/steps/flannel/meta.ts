// Flannel step: backends offered and which options each one reads (pkg/backend/*).
export const BACKENDS = ['vxlan', 'host-gw', 'wireguard', 'udp', 'ipip', 'ipsec'] as const;
export const WIREGUARD_MODES = ['separate', 'auto', 'ipv4', 'ipv6'] as const;

export const OPTIONS_BY_BACKEND: Record<string, ReadonlyArray<'vni' | 'port' | 'mtu' | 'directRouting' | 'mode' | 'psk' | 'persistentKeepaliveInterval'>> = {
  vxlan: ['vni', 'port', 'mtu', 'directRouting'],
  'host-gw': [],
  wireguard: ['mtu', 'mode', 'persistentKeepaliveInterval', 'psk'],
  udp: ['port'],
  ipip: ['directRouting'],
  ipsec: ['psk'],
};
