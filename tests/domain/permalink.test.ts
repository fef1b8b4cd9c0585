import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from '../../src/domain/permalink';
import { defaultPlan } from '../../src/domain/plan';
import { plan, ruleIds } from '../helpers';

const threeNodes = () => {
  const p = plan({ primaryFamily: 'ipv6' });
  p.nodes.push(
    { name: 'worker-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' },
    { name: 'worker-2', role: 'worker', ipv4: '192.168.10.22', ipv6: 'fd00:192:168:10::22' },
  );
  return p;
};

// Links as the wizard shared them. They must keep opening to the same plan in every later version.
const FROZEN: Array<[string, (p: ReturnType<typeof defaultPlan>) => void]> = [
  ['v=1', () => {}],
  ['v=1&s=64', (p) => Object.assign(p, { primaryFamily: 'ipv6' })],
  ['v=1&k=1.30&f=0.20.1&s=64&po=46', (p) => Object.assign(p, { kubernetesVersion: '1.30', flannelVersion: '0.20.1', primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } })],
  ['v=1&s=4&p4=10.100.0.0/16&s4=10.200.0.0/16&m4=25&b=host-gw', (p) => Object.assign(p, { stack: 'ipv4', podCidr: { ipv4: '10.100.0.0/16', ipv6: 'fd00:10:244::/56' }, serviceCidr: { ipv4: '10.200.0.0/16', ipv6: 'fd00:10:96::/112' }, nodeMask: { ipv4: '25', ipv6: '64' }, flannel: { backend: { type: 'host-gw' }, enableNFTables: false, iface: '' } })],
  ['v=1&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;w-1,w,192.168.10.21,fd00:192:168:10::21&b=wireguard&wm=separate&ka=25&nft=1&if=eth1', (p) => {
    p.nodes.push({ name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' });
    p.flannel = { backend: { type: 'wireguard', persistentKeepaliveInterval: 25, mode: 'separate' }, enableNFTables: true, iface: 'eth1' };
  }],
  ['v=1&e=%5Bfd00::1%5D:6443&a=fd00::11&bp=8443&d=k8s.internal', (p) => Object.assign(p, { controlPlaneEndpoint: '[fd00::1]:6443', advertiseAddress: 'fd00::11', bindPort: 8443, dnsDomain: 'k8s.internal' })],
];

describe('permalink', () => {
  it.each(FROZEN)('frozen link %s still opens to the same plan', (fragment, change) => {
    const expected = defaultPlan();
    change(expected);
    expect(decodePlan(`https://example.github.io/dualstack-wizard/#${fragment}`)).toEqual({ plan: expected, dropped: [] });
  });

  it('holds only non-default values, readably', () => {
    expect(encodePlan(defaultPlan())).toBe('v=1');
    expect(encodePlan(plan({ primaryFamily: 'ipv6', podCidr: { ipv4: '10.1.0.0/16', ipv6: 'fd00:1::/56' } }))).toBe('v=1&s=64&p4=10.1.0.0/16&p6=fd00:1::/56');
  });

  it('a 3-node dual-stack plan fits in under 300 characters', () => {
    const link = encodePlan(threeNodes());
    expect(link.length).toBeLessThan(300);
    expect(decodePlan(link).plan).toEqual(threeNodes());
  });

  it('never holds the PSK', () => {
    const p = plan({ stack: 'ipv4', flannel: { backend: { type: 'ipsec', psk: 'sekrit-key-value' } } });
    expect(encodePlan(p)).not.toContain('sekrit');
  });

  it.each([
    ['garbage', '#%%%&&==&x', ['no-version', 'unknown-key', 'unknown-key', 'unknown-key']],
    ['truncated', '#v=1&s=64&p6=fd00:10:2', ['invalid']],
    ['wrong family', '#v=1&p4=fd00::/56', ['invalid']],
    ['bad escape', '#v=1&d=%E0%A4%A', ['invalid']],
    ['newer version', '#v=9&s=64', ['newer-version']],
    ['no version', '#s=64', ['no-version']],
    ['duplicate', '#v=1&s=64&s=4', ['duplicate']],
    ['hostile keys', '#v=1&__proto__=1&constructor=x', ['unknown-key', 'unknown-key']],
    ['script in an address', '#v=1&n=cp-1,c,<script>alert(1)</script>,', ['invalid']],
  ])('%s: decodes what it can and lists what it dropped', (_name, fragment, reasons) => {
    const result = decodePlan(fragment);
    expect(result.dropped.map((d) => d.reason)).toEqual(reasons);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'x')).toBe(false);
  });

  it('a hostile node name stays text, and the rules flag it', () => {
    const { plan: decoded, dropped } = decodePlan('#v=1&n=%3Cscript%3Ealert(1)%3C%2Fscript%3E,c,192.168.10.11,');
    expect(dropped).toEqual([]);
    expect(decoded.nodes[0]!.name).toBe('<script>alert(1)</script>');
    expect(ruleIds(decoded)).toContain('kubeadm-node-name');
  });

  it('an oversized (1 MB) fragment is refused with a message, not parsed', () => {
    const result = decodePlan(`#v=1&n=${'a,w,,;'.repeat(200_000)}`);
    expect(result.dropped).toEqual([{ key: '', value: '1200007 characters', reason: 'too-long' }]);
    expect(result.plan).toEqual(defaultPlan());
  });

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => void decodePlan(text)), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('v', 'k', 'f', 's', 'p4', 'p6', 'n', 'b', 'vni', 'wm', 'po'), fc.string({ maxLength: 30 }))), (pairs) => {
      void decodePlan(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    }), { numRuns: 2000 });
  });
});

describe('permalink nodes', () => {
  it('keeps the default node when no node row can be read', () => {
    const { plan: decoded, dropped } = decodePlan('#v=1&n=%%%;x,y');
    expect(decoded.nodes).toEqual(defaultPlan().nodes);
    expect(dropped.map((d) => d.reason)).toEqual(['invalid', 'invalid']);
  });
});
