import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const FIX = 'tests/fixtures';
const WRITEUP = [`${FIX}/writeup-kubeadm.yaml`, `${FIX}/writeup-net-conf.json`];
const WRITEUP_V6_FIRST = [`${FIX}/writeup-ipv6-first-kubeadm.yaml`, `${FIX}/writeup-net-conf.json`];

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function json(...argv: string[]) {
  const result = run('check', '--format', 'json', ...argv);
  return { ...result, report: JSON.parse(result.stdout) as { kubernetesVersion: string; flannelVersion: string; files: unknown[]; diagnostics: Array<Record<string, unknown>> } };
}

const problems = (report: ReturnType<typeof json>['report']) =>
  report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule);

describe('check on the write-up configuration', () => {
  it('reports exactly three problems: the missing IPv6 advertise address, the overlap, the documentation prefix', () => {
    const { code, report } = json(...WRITEUP);
    expect(code).toBe(1);
    expect(problems(report)).toEqual(['apiserver-advertise-family', 'cluster-pod-service-overlap', 'cluster-documentation-prefix']);
    expect(report.kubernetesVersion).toBe('1.30.2');
    expect(report.flannelVersion).toBe('0.28.9');
    expect(report.files).toEqual([
      { path: `${FIX}/writeup-kubeadm.yaml`, kind: 'kubeadm', kinds: ['kubeadm'] },
      { path: `${FIX}/writeup-net-conf.json`, kind: 'net-conf', kinds: ['net-conf'] },
    ]);
    expect(report.diagnostics[0]).toMatchObject({
      rule: 'apiserver-advertise-family',
      severity: 'error',
      component: 'kube-apiserver',
      phase: 'runtime',
      file: `${FIX}/writeup-kubeadm.yaml`,
      path: 'InitConfiguration.localAPIEndpoint.advertiseAddress',
    });
  });

  it('text output reads like a compiler\'s, with the explanation beneath and a summary', () => {
    const { code, stdout } = run('check', ...WRITEUP);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'Checking for Kubernetes 1.30.2 (from tests/fixtures/writeup-kubeadm.yaml) and Flannel v0.28.9 (newest known; none found in the files, pass --flannel-version to choose).',
    );
    expect(lines).toContain(
      'tests/fixtures/writeup-kubeadm.yaml:13: warning [cluster-pod-service-overlap] Pod CIDR 2001:db8:42::/56 overlaps Service CIDR 2001:db8:42:1::/112',
    );
    const error = lines.findIndex((l) => l.includes('error [apiserver-advertise-family]'));
    expect(lines[error]).toMatch(/^tests\/fixtures\/writeup-kubeadm\.yaml:3: error \[apiserver-advertise-family\] /);
    expect(lines[error + 1]).toMatch(/^ {4}kube-apiserver requires --advertise-address/);
    expect(stdout).toContain('3 problems (1 error, 2 warnings) and 4 notes in 2 files.');
    expect(stdout).toContain('tests/fixtures/writeup-net-conf.json: note [flannel-version-assumed] No Flannel version in the files: checked for Flannel v0.28.9, the newest known');
  });
});

describe('IPv6 first in podSubnet', () => {
  it('reports the Flannel crash on v0.20.1', () => {
    const { report } = json('--flannel-version', 'v0.20.1', ...WRITEUP_V6_FIRST);
    const crash = report.diagnostics.find((d) => d.rule === 'flannel-ipv6-first-podsubnet');
    expect(crash).toMatchObject({ severity: 'error', file: `${FIX}/writeup-ipv6-first-kubeadm.yaml`, line: 13 });
    expect(String(crash!.message)).toContain('Address is not an IPv4 address');
  });
  it('does not on v0.20.2 (accepts 0.20.2 without the v)', () => {
    const { report } = json('--flannel-version', '0.20.2', ...WRITEUP_V6_FIRST);
    expect(report.flannelVersion).toBe('0.20.2');
    expect(report.diagnostics.map((d) => d.rule)).not.toContain('flannel-ipv6-first-podsubnet');
  });
});

describe('the kubeadm documentation example', () => {
  it('passes with warnings: exit 0', () => {
    const { code, report } = json(`${FIX}/kubeadm-docs-dual-stack.yaml`);
    expect(code).toBe(0);
    expect(problems(report)).toEqual(['cluster-pod-service-overlap', 'cluster-documentation-prefix']);
  });
});

describe('exit codes and bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsw-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  it('2 for usage errors, with the usage text and no stack trace', () => {
    for (const argv of [[], ['frobnicate'], ['check'], ['check', '--format', 'xml', 'x'], ['check', '--kubernetes-version', 'banana', 'x'], ['check', '--nope', 'x']]) {
      const { code, stderr } = run(...argv);
      expect(code, argv.join(' ')).toBe(argv.length === 0 ? 0 : 2);
      expect(stderr).toContain('Usage:');
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
  it('2 for an unreadable file', () => {
    const { code, stderr } = run('check', join(dir, 'missing.yaml'));
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read');
    expect(stderr).toContain('no such file');
  });
  it('1 with a diagnostic, not a crash, for content that is not YAML or JSON', () => {
    const bad = file('bad.yaml', 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: [\n');
    const { code, report } = json(bad);
    expect(code).toBe(1);
    expect(report.diagnostics[0]).toMatchObject({ rule: 'kubeadm-yaml-invalid', severity: 'error', file: bad });
    const badJson = file('net-conf.json', '{"Network": }');
    expect(json(badJson).report.diagnostics[0]).toMatchObject({ rule: 'flannel-json-invalid', line: 1 });
    const other = file('other.txt', 'hello world');
    expect(json(other).report.diagnostics.map((d) => d.rule)).toEqual(['file-kind-unknown']);
  });
  it('0 for a clean generated-style config', () => {
    const clean = file(
      'clean.yaml',
      'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 192.168.10.11\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n  - name: node-ip\n    value: 192.168.10.11,fd00:192:168:10::11\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.0\nnetworking:\n  podSubnet: 10.244.0.0/16,fd00:10:244::/56\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n',
    );
    const { code, stdout } = run('check', clean);
    expect(code).toBe(0);
    expect(stdout).toContain('No problems found in 1 file.');
  });
  it('a quoted bindPort: the message says it is a string, at its line, in English and Chinese (issue 18)', () => {
    const quoted = file(
      'quoted-port.yaml',
      'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 192.168.10.11\n  bindPort: "6443"\nnodeRegistration:\n  name: cp-1\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.0\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16\n',
    );
    const { code, stdout } = run('check', quoted);
    expect(code).toBe(1);
    expect(stdout).toContain(`${quoted}:5: error [kubeadm-bind-port] bindPort is the string "6443"; kubeadm wants a number\n`);
    expect(stdout.replace(/\n\s+/g, ' ')).toContain('`kubeadm init` stops with "json: cannot unmarshal string into Go struct field APIEndpoint.localAPIEndpoint.bindPort of type int32"');
    expect(stdout.replace(/\n\s+/g, ' ')).toContain('Fix: Write bindPort as a number, without quotes: `bindPort: 6443`.');
    expect(stdout).not.toContain('NaN');
    expect(stdout.match(/\[kubeadm-bind-port\]/g)).toHaveLength(1);
    const zh = run('check', '--lang', 'zh-CN', quoted);
    expect(zh.stdout).toContain('bindPort 是字符串 "6443"；kubeadm 需要数字');
    expect(json(quoted).report.diagnostics.filter((d) => d.rule === 'kubeadm-bind-port')).toMatchObject([{ severity: 'error', line: 5, message: 'bindPort is the string "6443"; kubeadm wants a number' }]);
  });
  it('plan prints the recovered Plan as JSON', () => {
    const { code, stdout } = run('plan', ...WRITEUP);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan).toMatchObject({
      kubernetesVersion: '1.30.2',
      stack: 'dual',
      primaryFamily: 'ipv6',
      podCidr: { ipv4: '10.244.0.0/16', ipv6: '2001:db8:42:0::/56' },
      serviceCidr: { ipv4: '10.96.0.0/16', ipv6: '2001:db8:42:1::/112' },
      nodes: [{ name: 'master', role: 'control-plane', ipv4: '192.168.0.1', ipv6: '2408:4002:116a:0:6c2a:43c9:80c0:6664' }],
      flannel: { enableIPv6: true, ipv6Network: '2001:db8:42:0::/56', backend: { type: 'vxlan' } },
    });
  });
});

describe('files checked alone and the files generate writes', () => {
  it('a v1beta3 join file alone: judged for Kubernetes 1.30, said in the first line, in a note and in the JSON', () => {
    const { code, stdout } = run('check', `${FIX}/join-v1beta3.yaml`);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `Checking for Kubernetes 1.30 (assumed: the newest release that accepts kubeadm.k8s.io/v1beta3 of ${FIX}/join-v1beta3.yaml; pass --kubernetes-version to choose) and Flannel v0.28.9 (newest known; none found in the files, pass --flannel-version to choose).`,
    );
    expect(stdout).toContain(`${FIX}/join-v1beta3.yaml: note [kubernetes-version-assumed] No Kubernetes version in the files: checked for Kubernetes 1.30, the newest release that accepts kubeadm.k8s.io/v1beta3 without a warning`);
    const { report } = json(`${FIX}/join-v1beta3.yaml`);
    expect(report.kubernetesVersion).toBe('1.30');
    expect((report as unknown as { versions: unknown }).versions).toEqual({
      kubernetes: { value: '1.30', source: 'api-version', file: `${FIX}/join-v1beta3.yaml`, apiVersion: 'kubeadm.k8s.io/v1beta3' },
      flannel: { value: '0.28.9', source: 'default' },
    });
  });

  it('every file generate writes, given in reverse with join files first, checks with exit 0 and the recorded versions', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-check-'));
    const link = '#v=1&k=1.29&f=0.20.1&s=64&po=46&n=cp-1,c,192.168.10.11,fd00::11;cp-2,c,192.168.10.12,fd00::12;w-1,w,192.168.10.21,fd00::21';
    expect(run('generate', '--link', link, '--out', out).code).toBe(0);
    const names = readdirSync(out).filter((name) => name !== 'NEXT-STEPS.md').sort().reverse();
    const files = [...names.filter((n) => n.startsWith('join-')), ...names.filter((n) => !n.startsWith('join-'))].map((n) => join(out, n));
    const { code, report } = json(...files);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect([report.kubernetesVersion, report.flannelVersion]).toEqual(['1.29', '0.20.1']);
    const kindOf = (path: string) => (path.endsWith('.json') ? 'net-conf' : path.endsWith('kustomization.yaml') ? 'kustomization' : path.endsWith('flannel-values.yaml') ? 'helm-values' : path.endsWith('kube-flannel-cfg.yaml') ? 'flannel-manifest' : 'kubeadm');
    expect(report.files).toEqual(files.map((path) => ({ path, kind: kindOf(path), kinds: [kindOf(path)] })));
    for (const path of files) expect(json(path).code, path).toBe(0);
  });
});

describe('the bundled CLI', () => {
  const bundle = 'dist-cli/dualstack-wizard.mjs';
  it('runs as one self-contained file under node', () => {
    expect(existsSync(bundle), 'run `npm run build` first').toBe(true);
    const result = spawnSync(process.execPath, [bundle, 'check', '--format', 'json', ...WRITEUP], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toHaveLength(1);
  });
});

describe('a file of several kinds', () => {
  it('names every kind it was read as, in text and JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinds-'));
    const path = join(dir, 'all-in-one.yaml');
    writeFileSync(
      path,
      [
        'apiVersion: kubeadm.k8s.io/v1beta4', 'kind: ClusterConfiguration', 'networking:', '  podSubnet: 10.244.0.0/16', '---',
        'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: kube-flannel-cfg', 'data:', '  net-conf.json: |', '    { "Network": "10.244.0.0/16", "Backend": { "Type": "vxlan" } }', '',
      ].join('\n'),
    );
    expect(run('check', path).stdout).toContain(`Files: ${path} (kubeadm + flannel-manifest).`);
    expect(json(path).report.files).toEqual([{ path, kind: 'kubeadm', kinds: ['kubeadm', 'flannel-manifest'] }]);
  });
});
