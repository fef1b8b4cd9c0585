// Issue 17, point 3: every field checked at the field, at its limits, in both languages, and what the files then carry.
import { splitHostPort } from '../../../../src/domain/host-port';
import { analyzeFiles } from '../../../../src/domain/parse/files';
import type { Plan } from '../../../../src/domain/plan';
import { renderAll } from '../../../../src/domain/render/files';
import { explanation, findings, message, plan } from '../../../helpers';
import { zh } from '../field-limits.helpers';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

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
