import { defineRule, type Finding } from '../../types';

/** Flannel subtracts these from Backend MTU for its devices and subnet.env FLANNEL_MTU: vxlan device.go / vxlan_network.go encapOverhead, wireguard_network.go overhead. */
const MTU_OVERHEAD: Record<string, number> = { vxlan: 50, wireguard: 80 };

// RFC 8200 section 5: every IPv6 link has an MTU of at least 1280. RFC 791: every IPv4 module forwards 68 octets unfragmented.
const MIN_LINK_MTU = { ipv4: 68, ipv6: 1280 } as const;

/** Linux vxlan_validate: a VXLAN device's MTU is 68..65535 (ETH_MIN_MTU..ETH_MAX_MTU). */
const VXLAN_MAX_DEVICE_MTU = 65535;

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  family?: string | number;
  hint?: string | number;
  inner?: string | number;
  link?: string | number;
  max?: string | number;
  min?: string | number;
  overhead?: string | number;
  type?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'flannel-mtu-range',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['flannel.backend.mtu'],
  // Before v0.21.3 MTU is ignored (flannel/mtu-unsupported).
  versions: { flannel: { from: '0.21.3' } },
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    const mtu = ctx.plan.flannel.backend?.mtu;
    const type = ctx.netConf.backendType;
    // Own keys only: a Type such as "constructor" (from a link or a file) reads no MTU.
    const overhead = Object.prototype.hasOwnProperty.call(MTU_OVERHEAD, type) ? MTU_OVERHEAD[type] : undefined;
    if (mtu === undefined || overhead === undefined) return [];
    if (!Number.isInteger(mtu)) return [{ params: { value: String(mtu), hint: 'not-integer', type } }];
    const family = ctx.netConf.enableIPv6 ? 'ipv6' : 'ipv4';
    const min = MIN_LINK_MTU[family] + overhead;
    if (mtu < min) return [{ params: { value: mtu, hint: 'too-small', type, overhead, inner: mtu - overhead, link: MIN_LINK_MTU[family], min, family: family === 'ipv6' ? 'IPv6' : 'IPv4' } }];
    // The node's own interface MTU is the practical maximum; Flannel cannot know it here. No source gives wireguard a
    // fixed maximum, so only vxlan's kernel limit is checked.
    if (type === 'vxlan' && mtu - overhead > VXLAN_MAX_DEVICE_MTU) return [{ params: { value: mtu, hint: 'too-large', type, overhead, inner: mtu - overhead, max: VXLAN_MAX_DEVICE_MTU + overhead } }];
    return [];
  },
});
