import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { backendHasPsk, linkGaps } from '../../src/domain/link-gaps';
import { MAX_FRAGMENT_LENGTH, MAX_NODES, MAX_VALUE_LENGTH, decodePlan, encodePlan } from '../../src/domain/permalink';
import { type Plan, defaultPlan } from '../../src/domain/plan';
import { renderAll } from '../../src/domain/render/files';
import { plan, ruleIds } from '../helpers';
import { anyPlan, validPlan } from './render/arbitrary';

const threeNodes = () => {
  const p = plan({ primaryFamily: 'ipv6' });
  p.nodes.push(
    { name: 'worker-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' },
    { name: 'worker-2', role: 'worker', ipv4: '192.168.10.22', ipv6: 'fd00:192:168:10::22' },
  );
  return p;
};

/** A plan that sets every field a link holds, with values the rules flag kept as they are. */
function fullPlan(): Plan {
  const p = defaultPlan();
  Object.assign(p, {
    kubernetesVersion: '1.22',
    flannelVersion: '0.14.0',
    primaryFamily: 'ipv6',
    podCidr: { ipv4: 'banana', ipv6: 'fd00:1::/56' },
    serviceCidr: { ipv4: '10.0.0.0/12', ipv6: '' },
    nodeMask: { ipv4: '33', ipv6: '' },
    dnsDomain: 'Bad_Domain',
    controlPlaneEndpoint: '[fd00::1]:6443',
    advertiseAddress: 'fd00::11',
    bindPort: Number.NaN,
  });
  p.overrides = {
    podSubnetOrder: ['ipv4', 'ipv6'],
    serviceSubnetOrder: ['ipv6'],
    podSubnet: '10.244.0.0/16,fd00:1::/56',
    serviceSubnet: 'fd00:10:96::/112',
    controllerManagerArgs: { 'allocate-node-cidrs': 'true', 'cluster-cidr': '10.244.0.0/16,fd00:1::/56' },
    kubeProxyClusterCidr: '10.244.0.0/16',
    cloudProvider: 'external',
    kubeadmApiVersion: 'kubeadm.k8s.io/v1beta3',
    advertiseAddressAutoDetect: true,
  };
  p.nodes = [
    { name: 'cp 1', role: 'control-plane', ipv4: '', ipv6: 'fd00::11', nodeIp: 'fd00::11,192.168.10.11' },
    { name: 'w,1', role: 'worker', ipv4: '192.168.10.21', ipv6: '', joinEndpoint: '[fd00::1]:6443' },
    { name: 'w-2', role: 'worker', ipv4: '', ipv6: '', nodeIp: '', joinEndpoint: '' },
  ];
  p.flannel = {
    backend: {
      type: 'VXLAN',
      vni: 4096,
      port: 8472,
      mtu: 1450,
      listenPort: 51820,
      listenPortV6: 51821,
      persistentKeepaliveInterval: 25,
      directRouting: true,
      gbp: false,
      learning: true,
      udpEncap: false,
      mode: 'bogus',
      macPrefix: '0E-2A',
      name: 'flannel.1',
      espProposal: 'aes128gcm16-sha256-prfsha256-ecp256',
    },
    enableNFTables: true,
    iface: 'eth0',
    network: '10.244.0.0/16',
    ipv6Network: 'fd00:1::/56',
    enableIPv4: true,
    enableIPv6: false,
    subnetLen: 24,
    subnetMin: '10.244.1.0',
    subnetMax: '10.244.200.0',
    ipv6SubnetLen: 64,
    ipv6SubnetMin: 'fd00:1:0:1::',
    ipv6SubnetMax: 'fd00:1:0:ff::',
  };
  return p;
}
// Every key of format version 1, as the encoder writes them: the stack, orders and Backend first, the nodes last.
const FULL_LINK =
  'v=1&s=64&po=46&so=6&b=VXLAN&k=1.22&f=0.14.0&p4=banana&s4=10.0.0.0/12&m4=33&p6=fd00:1::/56&s6=&m6=' +
  '&ps=10.244.0.0/16%2Cfd00:1::/56&ss=fd00:10:96::/112&d=Bad_Domain&e=%5Bfd00::1%5D:6443&a=fd00::11&aa=1&bp=NaN' +
  '&av=kubeadm.k8s.io/v1beta3&kp=10.244.0.0/16&cp=external' +
  '&vni=4096&port=8472&mtu=1450&lp=51820&lp6=51821&ka=25&dr=1&gbp=0&lrn=1&ue=0&wm=bogus&mp=0E-2A&vn=flannel.1' +
  '&esp=aes128gcm16-sha256-prfsha256-ecp256&nft=1&if=eth0&nw=10.244.0.0/16&nw6=fd00:1::/56&e4=1&e6=0&sl=24' +
  '&smin=10.244.1.0&smax=10.244.200.0&sl6=64&smin6=fd00:1:0:1::&smax6=fd00:1:0:ff::' +
  '&cm=allocate-node-cidrs,true;cluster-cidr,10.244.0.0/16%2Cfd00:1::/56' +
  '&n=cp%201,ci,,fd00::11,fd00::11%2C192.168.10.11;w%2C1,wj,192.168.10.21,,%5Bfd00::1%5D:6443;w-2,wij,,,,';
// The same keys in another order, as an earlier build wrote them: the order of keys never matters.
const FULL_LINK_EARLIER =
  'v=1&k=1.22&f=0.14.0&s=64&p4=banana&s4=10.0.0.0/12&m4=33&p6=fd00:1::/56&s6=&m6=&po=46&so=6' +
  '&ps=10.244.0.0/16%2Cfd00:1::/56&ss=fd00:10:96::/112&d=Bad_Domain&e=%5Bfd00::1%5D:6443&a=fd00::11&aa=1&bp=NaN' +
  '&av=kubeadm.k8s.io/v1beta3&kp=10.244.0.0/16&cp=external&cm=allocate-node-cidrs,true;cluster-cidr,10.244.0.0/16%2Cfd00:1::/56' +
  '&n=cp%201,ci,,fd00::11,fd00::11%2C192.168.10.11;w%2C1,wj,192.168.10.21,,%5Bfd00::1%5D:6443;w-2,wij,,,,' +
  '&b=VXLAN&vni=4096&port=8472&mtu=1450&lp=51820&lp6=51821&ka=25&dr=1&gbp=0&lrn=1&ue=0&wm=bogus&mp=0E-2A&vn=flannel.1' +
  '&esp=aes128gcm16-sha256-prfsha256-ecp256&nft=1&if=eth0&nw=10.244.0.0/16&nw6=fd00:1::/56&e4=1&e6=0&sl=24' +
  '&smin=10.244.1.0&smax=10.244.200.0&sl6=64&smin6=fd00:1:0:1::&smax6=fd00:1:0:ff::';

// Links as the wizard shared them. They must keep opening to the same plan in every later version.
const FROZEN: Array<[string, (p: Plan) => void]> = [
  ['v=1', () => {}],
  ['v=1&s=64', (p) => Object.assign(p, { primaryFamily: 'ipv6' })],
  ['v=1&k=1.30&f=0.20.1&s=64&po=46', (p) => Object.assign(p, { kubernetesVersion: '1.30', flannelVersion: '0.20.1', primaryFamily: 'ipv6', overrides: { podSubnetOrder: ['ipv4', 'ipv6'] } })],
  ['v=1&s=4&p4=10.100.0.0/16&s4=10.200.0.0/16&m4=25&b=host-gw', (p) => Object.assign(p, { stack: 'ipv4', podCidr: { ipv4: '10.100.0.0/16', ipv6: 'fd00:10:244::/56' }, serviceCidr: { ipv4: '10.200.0.0/16', ipv6: 'fd00:10:96::/112' }, nodeMask: { ipv4: '25', ipv6: '64' }, flannel: { backend: { type: 'host-gw' }, enableNFTables: false, iface: '' } })],
  ['v=1&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;w-1,w,192.168.10.21,fd00:192:168:10::21&b=wireguard&wm=separate&ka=25&nft=1&if=eth1', (p) => {
    // Rows of links written before the example mark ("cxn46") hold the user's values.
    p.nodes = [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00:192:168:10::11' }, { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' }];
    p.flannel = { backend: { type: 'wireguard', persistentKeepaliveInterval: 25, mode: 'separate' }, enableNFTables: true, iface: 'eth1' };
  }],
  ['v=1&e=%5Bfd00::1%5D:6443&a=fd00::11&bp=8443&d=k8s.internal', (p) => Object.assign(p, { controlPlaneEndpoint: '[fd00::1]:6443', advertiseAddress: 'fd00::11', bindPort: 8443, dnsDomain: 'k8s.internal' })],
  // Hand-written versions are read as the form holds them.
  ['v=1&k=v1.30.2&f=v0.20.1-rc1', (p) => Object.assign(p, { kubernetesVersion: '1.30', flannelVersion: '0.20.1' })],
  ['v=1&b=-&nft=0', (p) => (p.flannel.backend = null)],
  // Every key of format version 1, as shared since links hold any plan the page can hold.
  [FULL_LINK, (p) => Object.assign(p, fullPlan())],
  [FULL_LINK_EARLIER, (p) => Object.assign(p, fullPlan())],
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
    expect(encodePlan(plan({ stack: 'ipv4', primaryFamily: 'ipv4' }))).toBe('v=1&s=4');
    expect(encodePlan(plan({ stack: 'ipv6', primaryFamily: 'ipv6' }))).toBe('v=1&s=6');
  });

  it('writes every field of a plan under its key, in a fixed order', () => {
    expect(encodePlan(fullPlan())).toBe(FULL_LINK);
  });

  it('writes "no Backend" as b=-, and a Type spelled "-" escaped so it stays a Type', () => {
    expect(encodePlan(plan({ flannel: { backend: null } }))).toBe('v=1&b=-');
    expect(encodePlan(plan({ flannel: { backend: { type: '-' } } }))).toBe('v=1&b=%2D');
    expect(decodePlan('v=1&b=%2D').plan.flannel.backend).toEqual({ type: '-' });
    expect(encodePlan(plan({ flannel: { backend: { type: '' } } }))).toBe('v=1&b=');
    expect(decodePlan('v=1&b=').plan.flannel.backend).toEqual({ type: '' });
  });

  it('writes empty options, but an empty wireguard Mode (the form\'s "separate (default)") as no Mode', () => {
    const p = plan({ flannel: { backend: { type: 'wireguard', mode: '', macPrefix: '' } } });
    expect(encodePlan(p)).toBe('v=1&b=wireguard&mp=');
    expect(decodePlan(encodePlan(p))).toEqual({ plan: plan({ flannel: { backend: { type: 'wireguard', macPrefix: '' } } }), dropped: [] });
    expect(decodePlan('v=1&b=wireguard&wm=').plan.flannel.backend).toEqual({ type: 'wireguard', mode: '' });
  });

  it('writes a node-ip and a join endpoint read from a file, empty ones included', () => {
    const p = plan({ nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: '', nodeIp: '' }] });
    expect(encodePlan(p)).toBe('v=1&n=cp-1,ci,192.168.10.11,,');
    p.nodes[0] = { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: '', joinEndpoint: '10.0.0.1:6443' };
    expect(encodePlan(p)).toBe('v=1&n=cp-1,cj,192.168.10.11,,10.0.0.1:6443');
  });

  it('writes any number as JavaScript prints it: NaN, Infinity, -0, fractions and exponents', () => {
    expect(encodePlan(plan({ bindPort: Number.NaN }))).toBe('v=1&bp=NaN');
    expect(encodePlan(plan({ bindPort: -0 }))).toBe('v=1&bp=-0');
    expect(encodePlan(plan({ bindPort: 0 }))).toBe('v=1&bp=0');
    expect(encodePlan(plan({ bindPort: 1e21 }))).toBe('v=1&bp=1e%2B21');
    expect(encodePlan(plan({ bindPort: Number.NEGATIVE_INFINITY }))).toBe('v=1&bp=-Infinity');
  });

  it('reads numbers as JavaScript prints them, or plain digits, and nothing else', () => {
    const port = (text: string) => decodePlan(`v=1&bp=${text}`);
    for (const [text, value] of [
      ['0', 0], ['65535', 65535], ['70000', 70000], ['08443', 8443], ['-1', -1], ['1.5', 1.5], ['0.5', 0.5], ['1e%2B21', 1e21], ['2e-7', 2e-7],
      ['NaN', Number.NaN], ['Infinity', Number.POSITIVE_INFINITY], ['-Infinity', Number.NEGATIVE_INFINITY],
    ] as const) {
      expect(port(text), text).toEqual({ plan: plan({ bindPort: value }), dropped: [] });
    }
    expect(Object.is(port('-0').plan.bindPort, -0)).toBe(true);
    for (const text of ['', 'abc', '0x10', '1e', '%2B1', '1%20', '%201', '1.2.3', 'nan', 'infinity', '--1', '-01', '6443abc', 'e5', '.', '.5', '5.', '1E3', '1e21', '1.50']) {
      expect(port(text), text).toEqual({ plan: defaultPlan(), dropped: [{ key: 'bp', value: decodeURIComponent(text), reason: 'invalid' }] });
    }
  });

  it('writes a lone surrogate (which JSON can hold and UTF-8 cannot) as U+FFFD instead of throwing', () => {
    expect(encodePlan(plan({ dnsDomain: 'a\ud800b', flannel: { iface: '\udc00' } }))).toBe('v=1&d=a%EF%BF%BDb&if=%EF%BF%BD');
    expect(encodePlan(plan({ dnsDomain: '\ud83d\ude00\ud800\ud83d\ude00\udc00' }))).toBe('v=1&d=%F0%9F%98%80%EF%BF%BD%F0%9F%98%80%EF%BF%BD');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => void encodePlan(plan({ dnsDomain: text }))), { seed: 42, numRuns: 500 });
  });

  it('a 3-node dual-stack plan fits in under 300 characters', () => {
    const link = encodePlan(threeNodes());
    expect(link.length).toBeLessThan(300);
    expect(decodePlan(link).plan).toEqual(threeNodes());
  });

  it('never holds the PSK', () => {
    const p = plan({ stack: 'ipv4', flannel: { backend: { type: 'ipsec', psk: 'sekrit-key-value' } } });
    expect(encodePlan(p)).toBe('v=1&s=4&b=ipsec');
    expect(decodePlan('v=1&psk=sekrit').dropped).toEqual([{ key: 'psk', value: 'sekrit', reason: 'unknown-key' }]);
  });
});

describe('permalink values are kept as text, for the rules to flag', () => {
  it.each<[string, (p: Plan) => void, string | null]>([
    ['b=VXLAN', (p) => (p.flannel.backend = { type: 'VXLAN' }), null],
    ['b=Host-GW', (p) => (p.flannel.backend = { type: 'Host-GW' }), null],
    ['b=bogus', (p) => (p.flannel.backend = { type: 'bogus' }), 'flannel-backend-unknown'],
    ['b=wireguard&wm=bogus', (p) => (p.flannel.backend = { type: 'wireguard', mode: 'bogus' }), 'flannel-wireguard-mode'],
    ['f=0.14.0', (p) => (p.flannelVersion = '0.14.0'), 'flannel-version-unknown'],
    ['f=latest', (p) => (p.flannelVersion = 'latest'), 'flannel-version-unknown'],
    ['k=1.22', (p) => (p.kubernetesVersion = '1.22'), null],
    ['k=stable', (p) => (p.kubernetesVersion = 'stable'), null],
    ['p4=banana', (p) => (p.podCidr.ipv4 = 'banana'), 'kubeadm-subnet-syntax'],
    ['p4=fd00::/56', (p) => (p.podCidr.ipv4 = 'fd00::/56'), null],
    ['m4=abc', (p) => (p.nodeMask.ipv4 = 'abc'), 'kubeadm-node-mask-not-integer'],
    ['d=Bad_Domain', (p) => (p.dnsDomain = 'Bad_Domain'), 'kubeadm-dns-domain'],
    ['bp=70000', (p) => (p.bindPort = 70000), 'kubeadm-bind-port'],
    ['bp=-1', (p) => (p.bindPort = -1), 'kubeadm-bind-port'],
    ['bp=NaN', (p) => (p.bindPort = Number.NaN), 'kubeadm-bind-port'],
    ['a=not-an-ip', (p) => (p.advertiseAddress = 'not-an-ip'), 'kubeadm-advertise-address-invalid'],
    ['n=,c,192.168.10.11,', (p) => (p.nodes = [{ name: '', role: 'control-plane', ipv4: '192.168.10.11', ipv6: '' }]), 'kubeadm-node-name'],
    ['if=eth0%20eth1', (p) => (p.flannel.iface = 'eth0 eth1'), null],
    ['vni=-1&mtu=1.5&sl=0', (p) => Object.assign(p.flannel, { backend: { type: 'vxlan', vni: -1, mtu: 1.5 }, subnetLen: 0 }), null],
  ])('%s', (fragment, change, rule) => {
    const expected = defaultPlan();
    change(expected);
    const decoded = decodePlan(`v=1&${fragment}`);
    expect(decoded).toEqual({ plan: expected, dropped: [] });
    if (rule) expect(ruleIds(decoded.plan)).toContain(rule);
  });
});

describe('a Backend Type named like an Object property', () => {
  it.each(['__proto__', 'constructor', 'toString'])('b=%s stays text, and every file renders', (type) => {
    const { plan: decoded, dropped } = decodePlan(`#v=1&b=${type}&vni=4096`);
    expect(dropped).toEqual([]);
    expect(decoded.flannel.backend).toEqual({ type, vni: 4096 });
    expect(Object.getPrototypeOf(decoded.flannel.backend)).toBe(Object.prototype);
    const values = renderAll(decoded).find((f) => f.name === 'flannel-values.yaml')!;
    expect((load(values.content) as { flannel: { backend: string } }).flannel.backend).toBe(type);
  });
});

describe('the open step in the address bar', () => {
  it('is written last, and not for the first step or when none is given', () => {
    expect(encodePlan(defaultPlan(), 'pods')).toBe('v=1&step=pods');
    expect(encodePlan(plan({ primaryFamily: 'ipv6' }), 'review')).toBe('v=1&s=64&step=review');
    expect(encodePlan(defaultPlan(), 'cluster')).toBe('v=1');
    expect(encodePlan(defaultPlan())).toBe('v=1');
  });

  it.each(['cluster', 'pods', 'services', 'nodes', 'flannel', 'review'] as const)('step=%s is read back, beside the plan', (step) => {
    expect(decodePlan(`#v=1&s=64&step=${step}`)).toEqual({ plan: plan({ primaryFamily: 'ipv6' }), dropped: [], step });
  });

  it('a link without a step names none, so it opens on the first step', () => {
    expect('step' in decodePlan('#v=1&s=64')).toBe(false);
  });

  it('an unknown step is dropped and listed, and the plan is still read', () => {
    expect(decodePlan('#v=1&s=64&step=Pods')).toEqual({ plan: plan({ primaryFamily: 'ipv6' }), dropped: [{ key: 'step', value: 'Pods', reason: 'invalid' }] });
    expect(decodePlan('#v=1&step=toString').dropped).toEqual([{ key: 'step', value: 'toString', reason: 'invalid' }]);
    expect(decodePlan('#v=1&step=').dropped).toEqual([{ key: 'step', value: '', reason: 'invalid' }]);
  });

  it('the old in-page target "#step-heading" is no plan: it opens the default plan and lists it', () => {
    expect(decodePlan('#step-heading')).toEqual({ plan: defaultPlan(), dropped: [{ key: 'v', value: '', reason: 'no-version' }, { key: 'step-heading', value: '', reason: 'unknown-key' }] });
  });
});

describe('permalink: what cannot be read is dropped and listed', () => {
  const long = 'x'.repeat(MAX_VALUE_LENGTH + 1);
  it.each<[string, string, Array<{ key: string; value: string; reason: string }>]>([
    ['garbage', '#%%%&&==&x', [{ key: 'v', value: '', reason: 'no-version' }, { key: '%%%', value: '', reason: 'unknown-key' }, { key: '', value: '=', reason: 'unknown-key' }, { key: 'x', value: '', reason: 'unknown-key' }]],
    ['bad escape', '#v=1&d=%E0%A4%A', [{ key: 'd', value: '%E0%A4%A', reason: 'invalid' }]],
    ['newer version', '#v=9&s=64', [{ key: 'v', value: '9', reason: 'newer-version' }]],
    ['no version', '#s=64', [{ key: 'v', value: '', reason: 'no-version' }]],
    ['unreadable version', '#v=one&s=64', [{ key: 'v', value: 'one', reason: 'no-version' }]],
    ['version 0', '#v=0', [{ key: 'v', value: '0', reason: 'no-version' }]],
    ['version 10', '#v=10', [{ key: 'v', value: '10', reason: 'newer-version' }]],
    ['version with a letter after', '#v=1x', [{ key: 'v', value: '1x', reason: 'no-version' }]],
    ['version with a letter before', '#v=x1', [{ key: 'v', value: 'x1', reason: 'no-version' }]],
    ['version of five digits', '#v=12345', [{ key: 'v', value: '12345', reason: 'no-version' }]],
    ['long unknown key and value', `#v=1&${'z'.repeat(50)}=${'y'.repeat(100)}`, [{ key: 'z'.repeat(40), value: 'y'.repeat(80), reason: 'unknown-key' }]],
    ['node role code with a prefix', '#v=1&n=cp-1,xc,,', [{ key: 'n', value: 'cp-1,xc,,', reason: 'invalid' }]],
    ['node role code with a suffix', '#v=1&n=cp-1,cx,,', [{ key: 'n', value: 'cp-1,cx,,', reason: 'invalid' }]],
    ['controller-manager bad escape in a name', '#v=1&cm=%E0,1', [{ key: 'cm', value: '%E0,1', reason: 'invalid' }]],
    ['no nodes', '#v=1&n=', []],
    ['duplicate', '#v=1&s=64&s=4', [{ key: 's', value: '4', reason: 'duplicate' }]],
    ['hostile keys', '#v=1&__proto__=1&constructor=x', [{ key: '__proto__', value: '1', reason: 'unknown-key' }, { key: 'constructor', value: 'x', reason: 'unknown-key' }]],
    ['unknown stack', '#v=1&s=99', [{ key: 's', value: '99', reason: 'invalid' }]],
    ['stack from the prototype', '#v=1&s=toString', [{ key: 's', value: 'toString', reason: 'invalid' }]],
    ['unknown order', '#v=1&po=44', [{ key: 'po', value: '44', reason: 'invalid' }]],
    ['long order', '#v=1&so=466', [{ key: 'so', value: '466', reason: 'invalid' }]],
    ['flag not 0/1', '#v=1&nft=yes&e4=2', [{ key: 'nft', value: 'yes', reason: 'invalid' }, { key: 'e4', value: '2', reason: 'invalid' }]],
    ['number not a number', '#v=1&vni=abc&sl=2x', [{ key: 'vni', value: 'abc', reason: 'invalid' }, { key: 'sl', value: '2x', reason: 'invalid' }]],
    ['options without a Backend', '#v=1&b=-&vni=4096&dr=1&wm=auto', [{ key: 'vni', value: '4096', reason: 'invalid' }, { key: 'dr', value: '1', reason: 'invalid' }, { key: 'wm', value: 'auto', reason: 'invalid' }]],
    ['bad node role', '#v=1&n=cp-1,x,,', [{ key: 'n', value: 'cp-1,x,,', reason: 'invalid' }]],
    ['node row too short', '#v=1&n=cp-1,c,192.168.10.11', [{ key: 'n', value: 'cp-1,c,192.168.10.11', reason: 'invalid' }]],
    ['node row without its node-ip', '#v=1&n=cp-1,ci,192.168.10.11,', [{ key: 'n', value: 'cp-1,ci,192.168.10.11,', reason: 'invalid' }]],
    ['node row with a field too many', '#v=1&n=cp-1,c,192.168.10.11,,', [{ key: 'n', value: 'cp-1,c,192.168.10.11,,', reason: 'invalid' }]],
    ['node codes out of order', '#v=1&n=cp-1,cji,,,,', [{ key: 'n', value: 'cp-1,cji,,,,', reason: 'invalid' }]],
    ['bad escape in a node row', '#v=1&n=cp-1,c,%E0,', [{ key: 'n', value: 'cp-1,c,%E0,', reason: 'invalid' }]],
    ['script in an address stays text', '#v=1&n=cp-1,c,<script>alert(1)</script>,', []],
    ['controller-manager pair without a value', '#v=1&cm=a;b,1', [{ key: 'cm', value: 'a', reason: 'invalid' }]],
    ['controller-manager pair with a field too many', '#v=1&cm=a,1,2', [{ key: 'cm', value: 'a,1,2', reason: 'invalid' }]],
    ['controller-manager bad escape', '#v=1&cm=a,%E0', [{ key: 'cm', value: 'a,%E0', reason: 'invalid' }]],
    ['controller-manager argument twice', '#v=1&cm=a,1;a,2', [{ key: 'cm', value: 'a,2', reason: 'duplicate' }]],
    ['over-long value', `#v=1&d=${long}`, [{ key: 'd', value: 'x'.repeat(80), reason: 'too-long' }]],
    ['over-long node field', `#v=1&n=${long},c,,`, [{ key: 'n', value: 'x'.repeat(80), reason: 'too-long' }]],
    ['over-long argument', `#v=1&cm=a,${long}`, [{ key: 'cm', value: `a,${'x'.repeat(78)}`, reason: 'too-long' }]],
    ['over-long argument name', `#v=1&cm=${long},1`, [{ key: 'cm', value: 'x'.repeat(80), reason: 'too-long' }]],
  ])('%s', (_name, fragment, dropped) => {
    const result = decodePlan(fragment);
    expect(result.dropped).toEqual(dropped);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'x')).toBe(false);
  });

  it('a node row sets nodeIp and joinEndpoint only when its role code says so', () => {
    const nodes = decodePlan('#v=1&n=a,ci,,,1.2.3.4;b,wj,,,h:6443;c,w,,').plan.nodes;
    expect(nodes.map((n) => Object.keys(n))).toEqual([
      ['name', 'role', 'ipv4', 'ipv6', 'nodeIp'],
      ['name', 'role', 'ipv4', 'ipv6', 'joinEndpoint'],
      ['name', 'role', 'ipv4', 'ipv6'],
    ]);
  });

  it('keeps what it can read beside what it drops', () => {
    const { plan: decoded } = decodePlan('#v=1&s=99&p6=fd00:10:2&cm=a;b,1&n=cp-1,x,,;w-1,w,,fd00::21');
    const expected = defaultPlan();
    expected.podCidr.ipv6 = 'fd00:10:2';
    expected.overrides.controllerManagerArgs = { b: '1' };
    expected.nodes = [{ name: 'w-1', role: 'worker', ipv4: '', ipv6: 'fd00::21' }];
    expect(decoded).toEqual(expected);
  });

  it('a controller-manager argument named __proto__ stays an argument', () => {
    const { plan: decoded, dropped } = decodePlan('#v=1&cm=__proto__,1;cm,');
    expect(dropped).toEqual([]);
    expect(Object.entries(decoded.overrides.controllerManagerArgs!)).toEqual([['__proto__', '1'], ['cm', '']]);
    expect(Object.getPrototypeOf(decoded.overrides.controllerManagerArgs)).toBe(Object.prototype);
    expect(decodePlan('#v=1&cm=').plan.overrides.controllerManagerArgs).toEqual({});
  });

  it('a value of exactly the longest length is read; one character more is dropped', () => {
    const edge = 'a'.repeat(MAX_VALUE_LENGTH);
    expect(decodePlan(`#v=1&d=${edge}`).plan.dnsDomain).toBe(edge);
    expect(decodePlan(`#v=1&n=${edge},w,${edge},`).plan.nodes).toEqual([{ name: edge, role: 'worker', ipv4: edge, ipv6: '' }]);
    expect(decodePlan(`#v=1&cm=${edge},${edge}`).plan.overrides.controllerManagerArgs).toEqual({ [edge]: edge });
    expect(decodePlan(`#v=1&n=a,w,,${edge}a`).dropped).toEqual([{ key: 'n', value: 'a,w,,' + 'a'.repeat(75), reason: 'too-long' }]);
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

  it('a fragment of exactly the longest length is read; one character more is refused', () => {
    const head = 'v=1&d=';
    expect(decodePlan(`${head}${'a'.repeat(MAX_FRAGMENT_LENGTH - head.length)}`).dropped).toEqual([{ key: 'd', value: 'a'.repeat(80), reason: 'too-long' }]);
    expect(decodePlan(`${head}${'a'.repeat(MAX_FRAGMENT_LENGTH - head.length + 1)}`).dropped).toEqual([{ key: '', value: `${MAX_FRAGMENT_LENGTH + 1} characters`, reason: 'too-long' }]);
  });

  it('reads the first 500 nodes and says how many there were', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `n-${i},w,,`).join(';');
    expect(decodePlan(`#v=1&n=${rows(MAX_NODES)}`)).toMatchObject({ dropped: [] });
    expect(decodePlan(`#v=1&n=${rows(MAX_NODES)}`).plan.nodes).toHaveLength(500);
    const over = decodePlan(`#v=1&n=${rows(MAX_NODES + 1)}`);
    expect(over.dropped).toEqual([{ key: 'n', value: '501 nodes', reason: 'too-many-nodes' }]);
    expect(over.plan.nodes.map((n) => n.name)).toEqual(Array.from({ length: 500 }, (_, i) => `n-${i}`));
  });

  it('keeps the default node when no node row can be read', () => {
    const { plan: decoded, dropped } = decodePlan('#v=1&n=%%%;x,y');
    expect(decoded.nodes).toEqual(defaultPlan().nodes);
    expect(dropped).toEqual([{ key: 'n', value: '%%%', reason: 'invalid' }, { key: 'n', value: 'x,y', reason: 'invalid' }]);
    expect(decodePlan('#v=1&n=').plan.nodes).toEqual(defaultPlan().nodes);
  });

  it('reads a link without "#", with "#" only, and with surrounding spaces', () => {
    expect(decodePlan('s=64&v=1').plan.primaryFamily).toBe('ipv6');
    expect(decodePlan('#')).toEqual({ plan: defaultPlan(), dropped: [] });
    expect(decodePlan('')).toEqual({ plan: defaultPlan(), dropped: [] });
    expect(decodePlan('https://x.example/#  v=1&s=4  ').plan.stack).toBe('ipv4');
    expect(decodePlan(42 as unknown as string)).toEqual({ plan: defaultPlan(), dropped: [] });
  });

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => void decodePlan(text)), { seed: 42, numRuns: 3000 });
    const key = fc.constantFrom('v', 'k', 'f', 's', 'p4', 'p6', 'n', 'b', 'vni', 'wm', 'po', 'so', 'cm', 'bp', 'nft', 'mp');
    fc.assert(fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 30 }))), (pairs) => {
      void decodePlan(pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    }), { seed: 42, numRuns: 2000 });
  });
});

describe('what a link cannot hold, said before it is shared', () => {
  it('nothing is missing from a link to the default plan or to a plan with every field set', () => {
    expect(linkGaps(defaultPlan())).toEqual([]);
    const full = fullPlan();
    expect(linkGaps(full)).toEqual([]);
  });

  it('the PSK is never in a link, and the page names it', () => {
    expect(linkGaps(plan({ flannel: { backend: { type: 'wireguard', psk: 'sekrit' } } }))).toEqual([{ key: 'flannel.backend.psk', reason: 'secret' }]);
    expect(linkGaps(plan({ flannel: { backend: { type: 'wireguard', psk: '' } } }))).toEqual([]);
  });

  it('only the backends with a PSK (ipsec, wireguard, in any case) are told that links leave it out', () => {
    const types = ['ipsec', 'IPsec', 'wireguard', 'WireGuard', 'vxlan', 'host-gw', 'udp', 'ipip', '', 'constructor'];
    expect(types.map((type) => backendHasPsk(plan({ flannel: { backend: { type } } })))).toEqual([true, true, true, true, false, false, false, false, false, false]);
    expect(backendHasPsk(plan({ flannel: { backend: null } }))).toBe(false);
  });

  it('over-long values, too many nodes and an over-long link are named', () => {
    expect(linkGaps(plan({ dnsDomain: 'a'.repeat(MAX_VALUE_LENGTH + 1) }))).toEqual([{ key: 'd', reason: 'too-long' }]);
    expect(linkGaps(plan({ dnsDomain: 'a'.repeat(MAX_VALUE_LENGTH) }))).toEqual([]);
    const nodes = Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ name: `n${i}`, role: 'worker' as const, ipv4: '', ipv6: '' }));
    expect(linkGaps(plan({ nodes }))).toEqual([{ key: 'n', reason: 'too-many-nodes' }]);
    const big = Array.from({ length: 200 }, (_, i) => ({ name: `${'n'.repeat(400)}${i}`, role: 'worker' as const, ipv4: '', ipv6: '' }));
    expect(linkGaps(plan({ nodes: big, flannel: { backend: { type: 'ipsec', psk: 'k' } } }))).toEqual([
      { key: 'flannel.backend.psk', reason: 'secret' },
      { key: '', reason: 'too-long' },
    ]);
  });
});

describe('decodePlan(encodePlan(plan)) is the plan', () => {
  // The PSK is never written; an empty Mode is written as no Mode, which Flannel, the rules and the files read alike.
  const withoutPsk = (p: Plan): Plan => {
    const copy = structuredClone(p);
    if (copy.flannel.backend) delete copy.flannel.backend.psk;
    if (copy.flannel.backend?.mode === '') delete copy.flannel.backend.mode;
    return copy;
  };

  it('over any plan the page can hold, every field and odd value included (the PSK is never written)', () => {
    fc.assert(
      fc.property(anyPlan, (p) => {
        expect(decodePlan(encodePlan(p))).toEqual({ plan: withoutPsk(p), dropped: [] });
        expect(linkGaps(p)).toEqual(p.flannel.backend?.psk ? [{ key: 'flannel.backend.psk', reason: 'secret' }] : []);
      }),
      { seed: 42, numRuns: 1500 },
    );
  });

  it('over valid plans, and the link is the same after a round trip', () => {
    fc.assert(
      fc.property(validPlan, (p) => {
        const link = encodePlan(p);
        expect(decodePlan(link)).toEqual({ plan: p, dropped: [] });
        expect(encodePlan(decodePlan(link).plan)).toBe(link);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
