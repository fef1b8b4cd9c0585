// Issue 17, point 3: every field checked at the field, at its limits, in both languages, and what the files then carry.
import { describeDiagnostic } from '../../../../src/content/describe';
import { ZH_RULES } from '../../../../src/content/zh';
import { type PlanPatch, explanation, findings, message, plan } from '../../../helpers';
import { params, v4only, vxlan, zh } from '../field-limits.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-mtu-range: room for the smallest link of each family inside the tunnel', () => {
  const id = 'flannel-mtu-range';
  it('vxlan with IPv6: the devices and pods get MTU − 50, at least 1280 (RFC 8200)', () => {
    expect(params(vxlan({ mtu: 1330 }), id)).toEqual([]);
    expect(params(vxlan({ mtu: 1329 }), id)).toEqual([{ value: 1329, hint: 'too-small', type: 'vxlan', overhead: 50, inner: 1279, link: 1280, min: 1330, family: 'IPv6' }]);
  });
  it('vxlan with IPv4 alone: at least 68 (RFC 791) inside', () => {
    expect(params(vxlan({ mtu: 118 }, v4only), id)).toEqual([]);
    expect(params(vxlan({ mtu: 117 }, v4only), id)).toEqual([{ value: 117, hint: 'too-small', type: 'vxlan', overhead: 50, inner: 67, link: 68, min: 118, family: 'IPv4' }]);
    expect(params(vxlan({ mtu: 100 }), id)[0]).toMatchObject({ hint: 'too-small', inner: 50, min: 1330 });
  });
  it('vxlan: at most a device MTU of 65535, which Linux allows', () => {
    expect(params(vxlan({ mtu: 65585 }), id)).toEqual([]);
    expect(params(vxlan({ mtu: 65586 }), id)).toEqual([{ value: 65586, hint: 'too-large', type: 'vxlan', overhead: 50, inner: 65536, max: 65585 }]);
  });
  it('wireguard: MTU − 80; no fixed maximum is checked', () => {
    const wg = (mtu: number, patch: PlanPatch = {}) => plan({ ...patch, flannel: { backend: { type: 'wireguard', mtu } } });
    expect(params(wg(1360), id)).toEqual([]);
    expect(params(wg(1359), id)[0]).toMatchObject({ hint: 'too-small', overhead: 80, inner: 1279, min: 1360 });
    expect(params(wg(147, v4only), id)[0]).toMatchObject({ hint: 'too-small', inner: 67, min: 148 });
    expect(params(wg(1_000_000), id)).toEqual([]);
  });
  it('a fraction is refused; backends without MTU and Flannel before v0.21.3 are left to their own rules', () => {
    expect(params(vxlan({ mtu: 1400.5 }), id)).toEqual([{ value: '1400.5', hint: 'not-integer', type: 'vxlan' }]);
    expect(params(plan({ flannel: { backend: { type: 'host-gw', mtu: 100 } } }), id)).toEqual([]);
    expect(params(vxlan({ mtu: 100 }, { flannelVersion: '0.21.2' }), id)).toEqual([]);
    expect(params(vxlan({ mtu: 100 }, { flannelVersion: '0.21.3' }), id)).toHaveLength(1);
  });
  it('in English and Chinese', () => {
    const d = findings(vxlan({ mtu: 100 }), id)[0]!;
    expect([d.severity, d.fields]).toEqual(['error', ['flannel.backend.mtu']]);
    expect(message(d)).toBe("Backend MTU 100 leaves 50 bytes inside the vxlan tunnel, under IPv6's minimum of 1280");
    expect(explanation(d)).toContain('Linux runs no IPv6 on a link under 1280 bytes');
    expect(zh(d).message).toBe('后端 MTU 100 在 vxlan 隧道内只剩 50 字节，低于 IPv6 的最小值 1280');
    expect(describeDiagnostic(d, ZH_RULES).fix).toBe('至少使用 1330，且不超过节点网卡的 MTU；或留空，直接使用网卡的 MTU。');
  });
});
