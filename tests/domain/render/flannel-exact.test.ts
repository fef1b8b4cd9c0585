// Flannel's files for plans the golden files do not cover: old releases (kube-system, no EnableNFTables), IPv6-only,
// no Backend, Subnet keys, and what the Helm chart cannot hold. Exact parsed content and English comments.
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { flannelNamespace, flannelTag, manifestUrl, netConfObject, renderConfigMap, renderHelmValues, renderKustomization, renderNetConf } from '../../../src/domain/render/flannel';
import { plan } from '../../helpers';

const yaml = (text: string) => load(text) as Record<string, any>;
const topics = (file: { annotations: Array<{ topic: string; text: string; line: number }> }) => Object.fromEntries(file.annotations.map((a) => [a.topic, a.text]));
const ipv6Only = (patch: Parameters<typeof plan>[0] = {}) => plan({ stack: 'ipv6', primaryFamily: 'ipv6', nodes: [{ name: 'cp-1', role: 'control-plane', ipv4: '', ipv6: 'fd00::11' }], ...patch });

describe('versions', () => {
  it('kube-system before v0.19.0, kube-flannel from it; a version that does not parse is the newest', () => {
    expect(['0.18.1', '0.19.0', 'main'].map((flannelVersion) => [flannelNamespace(plan({ flannelVersion })), flannelTag(plan({ flannelVersion }))])).toEqual([
      ['kube-system', 'v0.18.1'],
      ['kube-flannel', 'v0.19.0'],
      ['kube-flannel', 'v0.28.9'],
    ]);
    expect(manifestUrl(plan({ flannelVersion: '0.18.1' }))).toBe('https://raw.githubusercontent.com/flannel-io/flannel/v0.18.1/Documentation/kube-flannel.yml');
  });
  it('the ConfigMap of an old release: its namespace and the comment', () => {
    const file = renderConfigMap(plan({ flannelVersion: '0.18.1' }));
    expect(yaml(file.content).metadata).toEqual({ name: 'kube-flannel-cfg', namespace: 'kube-system', labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' } });
    expect(topics(file)['flannel-namespace']).toBe('Flannel v0.18.1 runs in kube-system (kube-flannel from v0.19.0, kube-system before).');
    expect(topics(file)['net-conf-apply']).toBe('Apply after kube-flannel.yml (kubectl apply -f kube-flannel-cfg.yaml), then restart the DaemonSet so Flannel rereads it.');
  });
  it('EnableNFTables is written from v0.25.0 only', () => {
    expect(netConfObject(plan({ flannelVersion: '0.24.4', flannel: { enableNFTables: true } }))).not.toHaveProperty('EnableNFTables');
    expect(netConfObject(plan({ flannelVersion: '0.25.0', flannel: { enableNFTables: true } })).EnableNFTables).toBe(true);
  });
});

describe('net-conf.json', () => {
  it('IPv6-only: EnableIPv4 false, the IPv6 network canonical, and the note at EnableIPv4', () => {
    const p = ipv6Only({ podCidr: { ipv4: '', ipv6: 'fd00:10:244:0::/56' } });
    const file = renderNetConf(p);
    expect(JSON.parse(file.content)).toEqual({ EnableIPv4: false, EnableIPv6: true, IPv6Network: 'fd00:10:244::/56', EnableNFTables: false, Backend: { Type: 'vxlan' } });
    expect(file.annotations).toEqual([
      { line: 2, topic: 'net-conf-ipv6-only', text: 'IPv6-only: EnableIPv4 must be false (v0.17.0+), or Flannel looks for an IPv4 network and fails.' },
      { line: 6, topic: 'net-conf-backend', text: 'Backend vxlan: only vxlan, host-gw and wireguard carry IPv6.' },
    ]);
  });
  it('dual-stack: the note at IPv6Network', () => {
    const file = renderNetConf(plan());
    expect(file.content.split('\n')[file.annotations[0]!.line - 1]).toBe('  "IPv6Network": "fd00:10:244::/56",');
    expect(file.annotations[0]!.text).toBe(
      'Dual-stack: Flannel reads the IPv4 pod network from Network and the IPv6 one from IPv6Network; the order in podSubnet does not matter to it from v0.20.2. Without EnableIPv6 and IPv6Network, Flannel fails, crashes or silently drops IPv6, depending on the version.',
    );
  });
  it('no Backend key (udp): none written, and no backend note', () => {
    const file = renderNetConf(plan({ stack: 'ipv4', flannel: { backend: null } }));
    expect(JSON.parse(file.content)).toEqual({ Network: '10.244.0.0/16', EnableNFTables: false });
    expect(file.annotations).toEqual([]);
  });
  it('backend options in Flannel\'s order, empty ones left out; the Subnet keys', () => {
    const p = plan({
      stack: 'ipv4',
      flannel: { backend: { type: 'wireguard', mode: '', psk: 'k', mtu: 1420, listenPort: 51820, persistentKeepaliveInterval: 0 }, subnetLen: 26, subnetMin: '10.244.1.0', subnetMax: '10.244.9.0', ipv6SubnetLen: 72, ipv6SubnetMin: 'fd00::', ipv6SubnetMax: 'fd00::ff' },
    });
    const text = renderNetConf(p).content;
    expect(Object.keys(JSON.parse(text).Backend)).toEqual(['Type', 'MTU', 'ListenPort', 'PersistentKeepaliveInterval', 'PSK']);
    expect(JSON.parse(text)).toMatchObject({ SubnetLen: 26, SubnetMin: '10.244.1.0', SubnetMax: '10.244.9.0', IPv6SubnetLen: 72, IPv6SubnetMin: 'fd00::', IPv6SubnetMax: 'fd00::ff' });
  });
  it('in the ConfigMap, the notes point at lines inside the net-conf.json block', () => {
    const file = renderConfigMap(plan());
    const lines = file.content.split('\n');
    const at = (topic: string) => lines[file.annotations.find((a) => a.topic === topic)!.line - 1];
    expect(at('net-conf-dual-stack')).toBe('      "IPv6Network": "fd00:10:244::/56",');
    expect(at('net-conf-backend')).toBe('      "Backend": {');
  });
});

describe('Helm values', () => {
  it('an old release: -n kube-system in the comment', () => {
    expect(topics(renderHelmValues(plan({ flannelVersion: '0.18.1' })))['helm-values']).toBe(
      "Values for Flannel's Helm chart (chart/kube-flannel): podCidr is Network, podCidrv6 is IPv6Network and turns on EnableIPv6; an empty podCidr sets EnableIPv4 false. helm install flannel flannel/flannel --version v0.18.1 -n kube-system -f flannel-values.yaml",
    );
  });
  it('IPv6-only, no Backend key, --iface: an empty podCidr, backend udp, the args', () => {
    const values = yaml(renderHelmValues(ipv6Only({ flannel: { backend: null, iface: 'eth1', enableNFTables: true } })).content);
    expect(values).toEqual({ podCidr: '', podCidrv6: 'fd00:10:244::/56', flannel: { image: { tag: 'v0.28.9' }, backend: 'udp', enableNFTables: true, args: ['--ip-masq', '--kube-subnet-mgr', '--iface=eth1'] } });
  });
  it('wireguard: tunnelMode quoted twice, with a comment at it', () => {
    const p = plan({ flannel: { backend: { type: 'wireguard', mode: 'separate', listenPort: 51820, listenPortV6: 51821, psk: 'k', mtu: 1420, persistentKeepaliveInterval: 25 } } });
    const file = renderHelmValues(p);
    expect(yaml(file.content).flannel).toEqual({
      image: { tag: 'v0.28.9' }, backend: 'wireguard', mtu: 1420, backendPort: 51820, backendPortv6: 51821, keepaliveInterval: 25, tunnelMode: '"separate"', psk: 'k', enableNFTables: false, args: ['--ip-masq', '--kube-subnet-mgr'],
    });
    expect(topics(file)['helm-values-tunnel-mode']).toBe('Quoted twice: the chart writes tunnelMode into net-conf.json without quotes.');
    expect(topics(file)).not.toHaveProperty('helm-values-not-carried');
    const lines = file.content.split('\n');
    expect(lines[file.annotations.find((a) => a.topic === 'helm-values-tunnel-mode')!.line - 1]).toBe('  tunnelMode: \'"separate"\'');
  });
  it('what the chart cannot hold, in Flannel\'s order, then the Subnet keys', () => {
    const p = plan({ flannel: { backend: { type: 'wireguard', listenPort: 51820, udpEncap: true, espProposal: 'x' }, ipv6SubnetLen: 72, subnetMin: '10.244.1.0' } });
    expect(topics(renderHelmValues(p))['helm-values-not-carried']).toBe(
      'The chart has no value for Backend.UDPEncap, Backend.ESPProposal, SubnetMin, IPv6SubnetLen: installed from these values, Flannel runs without them. Use kube-flannel-cfg.yaml or kustomization.yaml to keep them.',
    );
  });
  it('udp: Port is backendPort; a backend the chart does not know holds none of its options', () => {
    expect(yaml(renderHelmValues(plan({ flannel: { backend: { type: 'udp', port: 8285 } } })).content).flannel.backendPort).toBe(8285);
    const hostGw = renderHelmValues(plan({ flannel: { backend: { type: 'ipip', directRouting: true } } }));
    expect(yaml(hostGw.content).flannel).not.toHaveProperty('directRouting');
    expect(topics(hostGw)['helm-values-not-carried']).toBe('The chart has no value for Backend.DirectRouting: installed from these values, Flannel runs without them. Use kube-flannel-cfg.yaml or kustomization.yaml to keep them.');
    const proto = renderHelmValues(plan({ flannel: { backend: { type: 'constructor', vni: 1 } } }));
    expect(topics(proto)['helm-values-not-carried']).toBe('The chart has no value for Backend.VNI: installed from these values, Flannel runs without them. Use kube-flannel-cfg.yaml or kustomization.yaml to keep them.');
    expect(topics(renderHelmValues(plan()))).not.toHaveProperty('helm-values-not-carried');
  });
  it('a backend Type in capitals is written lower-cased, as Flannel reads it, so that the chart writes its options', () => {
    const values = yaml(renderHelmValues(plan({ flannel: { backend: { type: 'VXLAN', vni: 4096, directRouting: true } } })).content).flannel;
    expect([values.backend, values.vni, values.directRouting]).toEqual(['vxlan', 4096, true]);
    expect(yaml(renderHelmValues(plan({ flannel: { backend: { type: 'WireGuard', mode: 'auto' } } })).content).flannel).toMatchObject({ backend: 'wireguard', tunnelMode: '"auto"' });
    // A backend the chart does not know is written as typed.
    expect(yaml(renderHelmValues(plan({ flannel: { backend: { type: 'Host-GW' } } })).content).flannel.backend).toBe('Host-GW');
  });
});

describe('kustomization.yaml', () => {
  it('the pinned manifest, the patch of net-conf.json, and the comments', () => {
    const p: Plan = plan({ flannelVersion: '0.22.3', stack: 'ipv4' });
    const file = renderKustomization(p);
    const doc = yaml(file.content);
    expect(doc.resources).toEqual(['https://raw.githubusercontent.com/flannel-io/flannel/v0.22.3/Documentation/kube-flannel.yml']);
    expect(doc.patches[0].target).toEqual({ kind: 'ConfigMap', name: 'kube-flannel-cfg' });
    expect(load(doc.patches[0].patch)).toEqual([{ op: 'replace', path: '/data/net-conf.json', value: '{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "vxlan"\n  }\n}\n' }]);
    expect(topics(file)).toEqual({
      kustomize: 'The upstream kube-flannel.yml of Flannel v0.22.3, pinned. Apply with: kubectl apply -k .',
      'net-conf-dual-stack': 'Replaces net-conf.json in the kube-flannel-cfg ConfigMap with the one for this plan.',
    });
    expect(doc.patches).toHaveLength(1);
  });
  it('--iface: a JSON 6902 patch of DaemonSet kube-flannel-ds appends it to the first container\'s args, after a test of its name', () => {
    const file = renderKustomization(plan({ flannelVersion: '0.18.1', flannel: { iface: 'enp0s31f6' } }));
    const doc = yaml(file.content);
    expect(doc.patches[1].target).toEqual({ kind: 'DaemonSet', name: 'kube-flannel-ds', namespace: 'kube-system' });
    expect(load(doc.patches[1].patch)).toEqual([
      { op: 'test', path: '/spec/template/spec/containers/0/name', value: 'kube-flannel' },
      { op: 'add', path: '/spec/template/spec/containers/0/args/-', value: '--iface=enp0s31f6' },
    ]);
    expect(topics(file)['flanneld-args']).toBe("Appends --iface=enp0s31f6 to the arguments of flanneld (container kube-flannel of DaemonSet kube-flannel-ds), after the manifest's own.");
    expect(file.content.split('\n')[file.annotations.find((a) => a.topic === 'flanneld-args')!.line - 1]).toBe('  - target:');
  });
});
