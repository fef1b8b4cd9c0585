// Issue 17, point 3: every field checked at the field, at its limits, in both languages, and what the files then carry.
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { ZH_RULES } from '../../../src/content/zh';
import { splitHostPort } from '../../../src/domain/host-port';
import { analyzeFiles } from '../../../src/domain/parse/files';
import type { Plan } from '../../../src/domain/plan';
import { renderAll } from '../../../src/domain/render/files';
import { interfaceNameProblem } from '../../../src/domain/rules/helpers/flannel';
import type { Diagnostic } from '../../../src/domain/rules/types';
import { explanation, findings, message, plan, type PlanPatch } from '../../helpers';

const zh = (d: Diagnostic) => describeDiagnostic(d, ZH_RULES);
const params = (p: Plan, rule: string) => findings(p, rule).map((d) => d.params);
const v4only: PlanPatch = { stack: 'ipv4' };
const vxlan = (options: Record<string, number>, patch: PlanPatch = {}) => plan({ ...patch, flannel: { ...(patch.flannel ?? {}), backend: { type: 'vxlan', ...options } } });

describe('kubeadm-bind-port: the API server port', () => {
  const id = 'kubeadm-bind-port';
  it.each([[1, 0], [65535, 0], [0, 1], [65536, 1], [Number.NaN, 1]])('port %d: %d error(s) at bindPort', (port, count) => {
    const found = findings(plan({ bindPort: port }), id);
    expect(found).toHaveLength(count);
    for (const d of found) expect([d.severity, d.fields]).toEqual(['error', ['bindPort']]);
  });
  it('says what is wrong with an empty field, a 0 and an out-of-range port, in English and Chinese', () => {
    const empty = findings(plan({ bindPort: Number.NaN }), id)[0]!;
    expect(message(empty)).toBe('The API server port (bindPort) is empty or not a number');
    expect(explanation(empty)).toContain('`kubeadm join` refuses with "missing port in address"');
    expect(zh(empty).message).toBe('API Server 端口（bindPort）为空或不是数字');
    expect(message(findings(plan({ bindPort: 0 }), id)[0]!)).toBe('The API server port (bindPort) is 0');
    expect(zh(findings(plan({ bindPort: 0 }), id)[0]!).message).toBe('API Server 端口（bindPort）为 0');
    const high = findings(plan({ bindPort: 65536 }), id)[0]!;
    expect(message(high)).toBe('bindPort 65536 is not a port number');
    expect(explanation(high)).toContain('"port number is not valid"');
    expect(zh(high).message).toBe('bindPort 65536 不是有效端口');
  });

  // A control-plane node and a worker joining an IPv6-first cluster: both kinds of join file.
  const cluster = (bindPort: number): Plan =>
    plan({
      primaryFamily: 'ipv6',
      bindPort,
      nodes: [
        { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' },
        { name: 'cp-2', role: 'control-plane', ipv4: '192.168.10.12', ipv6: 'fd00::12' },
        { name: 'w-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00::21' },
      ],
    });
  const files = (p: Plan) => {
    const all = renderAll(p);
    const init = (loadAll(all.find((f) => f.name === 'kubeadm-config.yaml')!.content) as Array<Record<string, any>>).find((d) => d.kind === 'InitConfiguration')!;
    const join = (name: string) => load(all.find((f) => f.name === `join-${name}.yaml`)!.content) as Record<string, any>;
    return { all, init, cp: join('cp-2'), worker: join('w-1') };
  };

  it.each([0, Number.NaN])('port %d: no file carries a port 0; bindPort is left out and the join endpoints have no port, which kubeadm join refuses', (port) => {
    const { all, init, cp, worker } = files(cluster(port));
    expect(init.localAPIEndpoint).toEqual({ advertiseAddress: 'fd00::11' });
    expect(cp.controlPlane.localAPIEndpoint).toEqual({ advertiseAddress: 'fd00::12' });
    for (const join of [cp, worker]) {
      expect(join.discovery.bootstrapToken.apiServerEndpoint).toBe('[fd00::11]');
      // kubeadm ValidateDiscoveryTokenAPIServer: net.SplitHostPort.
      expect(splitHostPort(join.discovery.bootstrapToken.apiServerEndpoint)).toEqual({ ok: false, error: 'missing port' });
    }
    for (const file of all) expect(file.content, file.name).not.toMatch(/bindPort: (0|\.nan)\b|\]:0\b|:NaN/);
  });
  it('an IPv4 endpoint without a port is refused the same way', () => {
    const { worker } = files({ ...cluster(Number.NaN), primaryFamily: 'ipv4' });
    expect(worker.discovery.bootstrapToken.apiServerEndpoint).toBe('192.168.10.11');
    expect(splitHostPort('192.168.10.11')).toEqual({ ok: false, error: 'missing port' });
  });
  it('a port out of range stays in bindPort as typed, so kubeadm refuses it; the join endpoints get no port', () => {
    const { init, worker } = files(cluster(65536));
    expect(init.localAPIEndpoint).toEqual({ advertiseAddress: 'fd00::11', bindPort: 65536 });
    expect(worker.discovery.bootstrapToken.apiServerEndpoint).toBe('[fd00::11]');
  });
  it('ports 1 and 65535 reach every file', () => {
    for (const port of [1, 65535]) {
      const { init, cp, worker } = files(cluster(port));
      expect(init.localAPIEndpoint.bindPort).toBe(port);
      expect(cp.controlPlane.localAPIEndpoint.bindPort).toBe(port);
      expect(worker.discovery.bootstrapToken.apiServerEndpoint).toBe(`[fd00::11]:${port}`);
    }
  });
  it('a controlPlaneEndpoint without a port gets none either while the field is empty', () => {
    expect(files({ ...cluster(Number.NaN), controlPlaneEndpoint: 'k8s.example.com' }).worker.discovery.bootstrapToken.apiServerEndpoint).toBe('k8s.example.com');
    expect(files({ ...cluster(8443), controlPlaneEndpoint: 'k8s.example.com' }).worker.discovery.bootstrapToken.apiServerEndpoint).toBe('k8s.example.com:8443');
  });
  it("a file's bindPort: 0 is kubeadm's 6443 (SetDefaults_APIEndpoint), not an error", () => {
    const text = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 192.168.10.11\n  bindPort: 0\n';
    const analysis = analyzeFiles([{ path: 'kubeadm-config.yaml', text }]);
    expect(analysis.plan.bindPort).toBe(6443);
    expect(analysis.diagnostics.filter((d) => d.rule === id)).toEqual([]);
    const refused = analyzeFiles([{ path: 'kubeadm-config.yaml', text: text.replace('bindPort: 0', 'bindPort: 65536') }]);
    expect(refused.diagnostics.filter((d) => d.rule === id).map((d) => d.location?.line)).toEqual([5]);
  });
});

describe('flannel-vxlan-vni: 24 bits, and a device name Linux takes', () => {
  const id = 'flannel-vxlan-vni';
  it('IPv4 alone: flannel.<VNI> fits in 15 bytes up to 9999999; over 24 bits Linux refuses the VNI itself', () => {
    expect(params(vxlan({ vni: 0 }, v4only), id)).toEqual([]);
    expect(params(vxlan({ vni: 9999999 }, v4only), id)).toEqual([]);
    expect(params(vxlan({ vni: 10000000 }, v4only), id)).toEqual([{ value: '10000000', hint: 'name-too-long', device: 'flannel.10000000', max: 9999999 }]);
    expect(params(vxlan({ vni: 16777215 }, v4only), id)).toEqual([{ value: '16777215', hint: 'name-too-long', device: 'flannel.16777215', max: 9999999 }]);
    expect(params(vxlan({ vni: 16777216 }, v4only), id)).toEqual([{ value: '16777216', hint: 'range', max: 16777215 }]);
    expect(params(vxlan({ vni: 99999999 }, v4only), id)).toEqual([{ value: '99999999', hint: 'range', max: 16777215 }]);
    expect(params(vxlan({ vni: -1 }, v4only), id)).toEqual([{ value: '-1', hint: 'range', max: 16777215 }]);
    expect(params(vxlan({ vni: 1.5 }, v4only), id)).toEqual([{ value: '1.5', hint: 'not-integer' }]);
  });
  it('with IPv6 on, flannel-v6.<VNI> allows 4 digits', () => {
    expect(params(vxlan({ vni: 9999 }), id)).toEqual([]);
    expect(params(vxlan({ vni: 10000 }), id)).toEqual([{ value: '10000', hint: 'name-too-long', device: 'flannel-v6.10000', max: 9999 }]);
  });
  it('is an error at the VNI field, only for vxlan', () => {
    const d = findings(vxlan({ vni: 16777216 }), id)[0]!;
    expect([d.severity, d.component, d.phase, d.fields]).toEqual(['error', 'flannel', 'runtime', ['flannel.backend.vni']]);
    expect(findings(plan({ flannel: { backend: { type: 'host-gw', vni: 16777216 } } }), id)).toEqual([]);
  });
  it('in English and Chinese', () => {
    const d = findings(vxlan({ vni: 99999999 }), id)[0]!;
    expect(message(d)).toBe('VXLAN VNI 99999999 does not fit in 24 bits (0 to 16777215)');
    expect(explanation(d)).toContain('"VXLAN ID must be lower than 16777216"');
    expect(zh(d).message).toBe('VXLAN VNI 99999999 超出 24 位（0 到 16777215）');
    expect(zh(findings(vxlan({ vni: 10000 }), id)[0]!).message).toBe('VXLAN VNI 10000 使设备名 flannel-v6.10000 超过 Linux 允许的长度');
  });
  it('net-conf.json carries the VNI as typed, so kube-flannel refuses it rather than using another', () => {
    const netConf = JSON.parse(renderAll(vxlan({ vni: 99999999 })).find((f) => f.name === 'net-conf.json')!.content);
    expect(netConf.Backend).toEqual({ Type: 'vxlan', VNI: 99999999 });
  });
});

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

describe('flannel-iface-invalid: an IP address, or a name Linux could give an interface', () => {
  const id = 'flannel-iface-invalid';
  const iface = (value: string) => params(plan({ flannel: { iface: value } }), id);
  it('15 bytes pass, 16 do not; bytes, not characters, count', () => {
    expect(iface('a'.repeat(15))).toEqual([]);
    expect(iface('a'.repeat(16))).toEqual([{ value: 'a'.repeat(16), hint: 'too-long', bytes: 16 }]);
    expect(iface('ä'.repeat(7))).toEqual([]);
    expect(iface('ä'.repeat(8))).toEqual([{ value: 'ä'.repeat(8), hint: 'too-long', bytes: 16 }]);
  });
  it('white space, "/", ":", "." and ".." are refused', () => {
    expect(iface('eth0 eth1')).toEqual([{ value: 'eth0 eth1', hint: 'space', bytes: 9 }]);
    expect(iface('eth0\t')).toEqual([{ value: 'eth0\t', hint: 'space', bytes: 5 }]);
    expect(iface('eth0/1')).toEqual([{ value: 'eth0/1', hint: 'slash', bytes: 6 }]);
    expect(iface('eth0:1')).toEqual([{ value: 'eth0:1', hint: 'colon', bytes: 6 }]);
    expect(iface('.')).toEqual([{ value: '.', hint: 'dot', bytes: 1 }]);
    expect(iface('..')).toEqual([{ value: '..', hint: 'dot', bytes: 2 }]);
    // The kernel's isspace() counts byte 0xA0, the second byte of "à" in UTF-8.
    expect(interfaceNameProblem('eth-à')).toEqual({ hint: 'space', bytes: 6 });
  });
  it('IP addresses, which flanneld tries first, and ordinary names pass; an empty field is the default route', () => {
    for (const value of ['', 'eth0', 'ens3', 'enp0s31f6', 'bond0.100', 'br-ex', '192.168.10.11', 'fd00:192:168:10::11', '2001:db8:ffff:ffff:ffff:ffff:255.255.255.255']) expect(iface(value), value).toEqual([]);
    // An IPv6 address with a zone is not one for Go's net.ParseIP, and ":" is no name.
    expect(iface('fe80::1%eth0')[0]).toMatchObject({ hint: 'colon' });
  });
  it('in English and Chinese, at the interface field', () => {
    const d = findings(plan({ flannel: { iface: 'eth0 eth1' } }), id)[0]!;
    expect([d.severity, d.fields]).toEqual(['error', ['flannel.iface']]);
    expect(message(d)).toBe('--iface "eth0 eth1" is neither an IP address nor a possible Linux interface name: it holds white space');
    expect(explanation(d)).toContain('"Failed to find interface to use that matches the interfaces and/or regexes provided"');
    expect(zh(d).message).toBe('--iface "eth0 eth1" 既不是 IP 地址，也不可能是 Linux 网卡名：含有空白字符');
    expect(zh(findings(plan({ flannel: { iface: 'a'.repeat(16) } }), id)[0]!).message).toContain('它有 16 个字节，超过 15 个');
  });
});
