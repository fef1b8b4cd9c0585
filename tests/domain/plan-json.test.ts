// `generate --plan`: a Plan from untrusted JSON. Each value of the wrong type is named and falls back to its default.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../src/domain/plan';
import { planFromJson } from '../../src/domain/plan-json';
import { plan } from '../helpers';

describe('planFromJson', () => {
  it('refuses a root that is not an object, with the default plan', () => {
    for (const input of [null, 'x', 42, [], undefined]) expect(planFromJson(input), JSON.stringify(input)).toEqual({ plan: defaultPlan(), problems: ['(root): not an object'] });
  });

  it('an empty object is the default plan with no problems', () => {
    expect(planFromJson({})).toEqual({ plan: defaultPlan(), problems: [] });
  });

  it('reads every field of a full plan', () => {
    const full = plan({
      kubernetesVersion: '1.30',
      flannelVersion: '0.26.7',
      stack: 'dual',
      primaryFamily: 'ipv6',
      podCidr: { ipv4: '10.1.0.0/16', ipv6: 'fd00:1::/56' },
      serviceCidr: { ipv4: '10.2.0.0/16', ipv6: 'fd00:2::/112' },
      nodeMask: { ipv4: '25', ipv6: '80' },
      dnsDomain: 'k8s.example',
      controlPlaneEndpoint: 'api.example:6443',
      advertiseAddress: '192.168.10.11',
      bindPort: 8443,
      nodes: [
        { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11', nodeIp: '192.168.10.11,fd00::11', joinEndpoint: '[fd00::1]:6443' },
        { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: '' },
      ],
      flannel: {
        backend: { type: 'wireguard', vni: 4, port: 51820, mtu: 1400, listenPort: 51820, listenPortV6: 51821, persistentKeepaliveInterval: 25, directRouting: true, gbp: false, learning: true, udpEncap: false, psk: 'k', mode: 'separate' },
        enableNFTables: true,
        iface: 'eth1',
        network: '10.1.0.0/16',
        ipv6Network: 'fd00:1::/56',
        enableIPv4: true,
        enableIPv6: false,
        subnetLen: 24,
        ipv6SubnetLen: 64,
        subnetMin: '10.1.1.0',
        subnetMax: '10.1.200.0',
        ipv6SubnetMin: 'fd00:1:0:1::',
        ipv6SubnetMax: 'fd00:1:0:ff::',
      },
      overrides: {
        podSubnetOrder: ['ipv4', 'ipv6'],
        serviceSubnetOrder: ['ipv6', 'ipv4'],
        podSubnet: '10.1.0.0/16,fd00:1::/56',
        serviceSubnet: 'fd00:2::/112,10.2.0.0/16',
        kubeProxyClusterCidr: '10.1.0.0/16',
        cloudProvider: 'external',
        kubeadmApiVersion: 'kubeadm.k8s.io/v1beta3',
        advertiseAddressAutoDetect: true,
        controllerManagerArgs: { 'allocate-node-cidrs': 'true' },
      },
    });
    expect(planFromJson(JSON.parse(JSON.stringify(full)))).toEqual({ plan: full, problems: [] });
  });

  it('names each wrongly typed value and keeps its default', () => {
    const { plan: read, problems } = planFromJson({
      kubernetesVersion: 133,
      flannelVersion: 'x'.repeat(1001),
      stack: 'triple',
      primaryFamily: 'ipv5',
      podCidr: 'x',
      serviceCidr: { ipv4: 1, ipv6: 'fd00:2::/112' },
      nodeMask: [],
      dnsDomain: null,
      controlPlaneEndpoint: {},
      advertiseAddress: true,
      bindPort: '6443',
      flannel: { backend: 'vxlan', enableNFTables: 'yes', iface: 1, network: 2, ipv6Network: 3, enableIPv4: 1, enableIPv6: 0, subnetLen: '24', ipv6SubnetLen: Number.NaN, subnetMin: 1 },
      overrides: { podSubnetOrder: ['ipv4', 'ipv4'], serviceSubnetOrder: ['ipv4'], podSubnet: 1, cloudProvider: false, advertiseAddressAutoDetect: 'no', controllerManagerArgs: { a: 1 } },
    });
    expect(problems).toEqual([
      'kubernetesVersion',
      'flannelVersion',
      'stack',
      'primaryFamily',
      'podCidr',
      'serviceCidr.ipv4',
      'nodeMask',
      'dnsDomain',
      'controlPlaneEndpoint',
      'advertiseAddress',
      'bindPort',
      'flannel.backend',
      'flannel.enableNFTables',
      'flannel.iface',
      'flannel.network',
      'flannel.ipv6Network',
      'flannel.enableIPv4',
      'flannel.enableIPv6',
      'flannel.subnetLen',
      'flannel.ipv6SubnetLen',
      'flannel.subnetMin',
      'overrides.podSubnetOrder',
      'overrides.serviceSubnetOrder',
      'overrides.podSubnet',
      'overrides.cloudProvider',
      'overrides.advertiseAddressAutoDetect',
      'overrides.controllerManagerArgs',
    ]);
    expect(read).toEqual({ ...defaultPlan(), serviceCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:2::/112' } });
  });

  it('accepts every stack and primary family, and a flannel object without a backend, without problems', () => {
    for (const stack of ['ipv4', 'ipv6', 'dual'] as const) expect(planFromJson({ stack }), stack).toEqual({ plan: { ...defaultPlan(), stack }, problems: [] });
    for (const primaryFamily of ['ipv4', 'ipv6'] as const) expect(planFromJson({ primaryFamily }), primaryFamily).toEqual({ plan: { ...defaultPlan(), primaryFamily }, problems: [] });
    expect(planFromJson({ flannel: {} })).toEqual({ plan: defaultPlan(), problems: [] });
  });

  it('names a wrongly typed node field by its index', () => {
    expect(planFromJson({ nodes: [{}, { ipv4: 1, ipv6: 2, nodeIp: 3, joinEndpoint: 4, name: 'w' }] }).problems).toEqual(['nodes.1.ipv4', 'nodes.1.ipv6', 'nodes.1.nodeIp', 'nodes.1.joinEndpoint']);
    expect(planFromJson({ flannel: { backend: { type: 7 } } }).problems).toEqual(['flannel.backend.type']);
  });

  it('a string of 1000 characters is read, 1001 is not', () => {
    expect(planFromJson({ dnsDomain: 'a'.repeat(1000) }).plan.dnsDomain).toHaveLength(1000);
    expect(planFromJson({ dnsDomain: 'a'.repeat(1001) })).toEqual({ plan: defaultPlan(), problems: ['dnsDomain'] });
  });

  it('bindPort must be a finite number', () => {
    expect(planFromJson({ bindPort: 0 }).plan.bindPort).toBe(0);
    expect(planFromJson({ bindPort: Number.POSITIVE_INFINITY }).problems).toEqual(['bindPort']);
  });

  it('nodes: defaults per node, problems by index, at most 500', () => {
    const { plan: read, problems } = planFromJson({ nodes: [{}, 'x', { name: 5, role: 'boss', ipv4: '10.0.0.1' }, null] });
    expect(read.nodes).toEqual([
      { name: 'node-1', role: 'worker', ipv4: '', ipv6: '' },
      { name: 'node-3', role: 'worker', ipv4: '10.0.0.1', ipv6: '' },
    ]);
    expect(problems).toEqual(['nodes.1', 'nodes.2.name', 'nodes.2.role', 'nodes.3']);
    expect(planFromJson({ nodes: Array.from({ length: 501 }, (_, i) => ({ name: `n${i}` })) }).plan.nodes).toHaveLength(500);
    expect(planFromJson({ nodes: [] }).plan.nodes).toEqual([]);
    expect(planFromJson({ nodes: {} })).toEqual({ plan: defaultPlan(), problems: ['nodes'] });
  });

  it('flannel: null backend means no Backend key; a backend without type is vxlan; a non-object flannel is refused', () => {
    expect(planFromJson({ flannel: { backend: null } }).plan.flannel.backend).toBeNull();
    expect(planFromJson({ flannel: { backend: {} } }).plan.flannel.backend).toEqual({ type: 'vxlan' });
    expect(planFromJson({ flannel: { backend: { type: 'host-gw', vni: 'x', gbp: 1, psk: 2 } } })).toEqual({
      plan: { ...defaultPlan(), flannel: { ...defaultPlan().flannel, backend: { type: 'host-gw' } } },
      problems: ['flannel.backend.vni', 'flannel.backend.gbp', 'flannel.backend.psk'],
    });
    expect(planFromJson({ flannel: [] })).toEqual({ plan: defaultPlan(), problems: ['flannel'] });
    expect(planFromJson({ overrides: 'x' })).toEqual({ plan: defaultPlan(), problems: ['overrides'] });
  });

  it('reads only own keys: an inherited value is not read', () => {
    const input = Object.create({ dnsDomain: 'inherited.example' }) as object;
    expect(planFromJson(input)).toEqual({ plan: defaultPlan(), problems: [] });
    expect(planFromJson(JSON.parse('{"__proto__": {"dnsDomain": "x"}}'))).toEqual({ plan: defaultPlan(), problems: [] });
  });

  it('podSubnetOrder: two different families only', () => {
    expect(planFromJson({ overrides: { podSubnetOrder: ['ipv6', 'ipv4'] } }).plan.overrides).toEqual({ podSubnetOrder: ['ipv6', 'ipv4'] });
    expect(planFromJson({ overrides: { podSubnetOrder: ['ipv6', 'ipv4', 'ipv4'] } }).problems).toEqual(['overrides.podSubnetOrder']);
    expect(planFromJson({ overrides: { podSubnetOrder: ['ipv6', 'x'] } }).problems).toEqual(['overrides.podSubnetOrder']);
    expect(planFromJson({ overrides: { podSubnetOrder: 'ipv6,ipv4' } }).problems).toEqual(['overrides.podSubnetOrder']);
    expect(planFromJson({ overrides: { controllerManagerArgs: [] } }).problems).toEqual(['overrides.controllerManagerArgs']);
    expect(planFromJson({ overrides: { controllerManagerArgs: {} } }).plan.overrides).toEqual({ controllerManagerArgs: {} });
  });
});
