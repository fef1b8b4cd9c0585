import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A fixed random source: every byte 7, so the token is 777777.7777777777777777 (a number to YAML unless quoted) and the key 0707…07. */
function runWithSevens(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), random: (bytes) => bytes.fill(7) });
  return { code, stdout, stderr };
}
const TOKEN_MASK = '••••••.••••••••••••••••';
const TWO_CONTROL_PLANES = '#v=1&n=cp-1,c,192.168.10.11,fd00::11;cp-2,c,192.168.10.12,fd00::12;w-1,w,192.168.10.21,fd00::21';

const LINK = 'https://example.org/dualstack-wizard/#v=1&s=64&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

describe('generate', () => {
  it('--link writes exactly the files the wizard offers', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const { code, stdout } = run('generate', '--link', LINK, '--out', out, '--token', 'abcdef.0123456789abcdef');
    expect(code).toBe(0);
    expect(stdout).toBe(
      `Wrote 7 files to ${out}: kubeadm-config.yaml, join-worker-1.yaml, net-conf.json, kube-flannel-cfg.yaml, kustomization.yaml, flannel-values.yaml, NEXT-STEPS.md\n` +
        'kubeadm-config.yaml and the join files hold the given bootstrap token: keep them secret. Fill in the CA certificate hash as NEXT-STEPS.md says.\n',
    );
    // The committed golden files of this plan (tests/domain/render/cases.ts, 'dual-ipv6-primary-one-worker'), byte for byte,
    // with the given token, double-quoted, where the golden files (the page's preview) show its mask.
    const golden = 'tests/golden/dual-ipv6-primary-one-worker';
    const names = readdirSync(golden).sort();
    expect(names).toEqual(['NEXT-STEPS.md', 'flannel-values.yaml', 'join-worker-1.yaml', 'kube-flannel-cfg.yaml', 'kubeadm-config.yaml', 'kustomization.yaml', 'net-conf.json']);
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(golden, name), 'utf8').replaceAll(TOKEN_MASK, '"abcdef.0123456789abcdef"'));
  });

  it('refuses to overwrite unless --force', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    expect(run('generate', '--link', LINK, '--out', out).code).toBe(0);
    const again = run('generate', '--link', LINK, '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('refusing to overwrite');
    expect(run('generate', '--link', LINK, '--out', out, '--force').code).toBe(0);
  });

  it('--plan reads the JSON that `plan` prints: check → plan → generate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    const planned = run('plan', 'tests/fixtures/kubeadm-docs-dual-stack.yaml');
    writeFileSync(join(dir, 'plan.json'), planned.stdout);
    const out = join(dir, 'out');
    const result = run('generate', '--plan', join(dir, 'plan.json'), '--out', out);
    expect(result.code).toBe(0);
    const config = readFileSync(join(out, 'kubeadm-config.yaml'), 'utf8');
    expect(config).toContain('podSubnet: 10.244.0.0/16,2001:db8:42::/56');
    expect(config).toContain('advertiseAddress: 10.100.0.1');
  });

  it('reports what a link could not read, and plan errors with exit 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const result = run('generate', '--link', '#v=1&s=64&zz=1&a=192.168.10.11', '--out', out);
    expect(result.stderr).toContain('link: ignored "zz=1": unknown part');
    expect(result.stderr).toContain('plan: error [apiserver-advertise-family]');
    expect(result.code).toBe(1);
  });

  it('a link from an unedited page says its nodes are the example\'s, in both languages; a link with the user\'s nodes says nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const fresh = run('generate', '--link', '#v=1&s=64', '--out', out);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).toBe(
      'plan: the nodes still hold the wizard\'s example values: cp-1 (fd00:192:168:10::11, 192.168.10.11). Put in your own nodes\' names and addresses ("nodes" in the plan, or the Nodes step of the link) before you use these files.\n',
    );
    const zh = run('generate', '--link', '#v=1&n=cp-1,cx4,10.0.0.1,fd00::1', '--out', mkdtempSync(join(tmpdir(), 'gen-')), '--lang', 'zh-CN');
    expect(zh.stderr).toBe('plan：节点仍是向导的示例值：cp-1（10.0.0.1）。使用这些文件之前，请填入你自己的节点名称和地址（规划中的 "nodes"，或链接的“节点”步骤）。\n');
    expect(run('generate', '--link', LINK, '--out', mkdtempSync(join(tmpdir(), 'gen-'))).stderr).toBe('');
  });

  it('without --token / --certificate-key, makes them from the random source, the same in every file', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const { code, stdout } = runWithSevens('generate', '--link', TWO_CONTROL_PLANES, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('hold a new bootstrap token and a new certificate key: keep them secret.');
    const config = readFileSync(join(out, 'kubeadm-config.yaml'), 'utf8');
    expect(config).toContain('  - token: "777777.7777777777777777"\n');
    expect(config).toContain(`\ncertificateKey: "${'07'.repeat(32)}"\n`);
    expect(readFileSync(join(out, 'join-cp-2.yaml'), 'utf8')).toContain(`    token: "777777.7777777777777777"\n`);
    expect(readFileSync(join(out, 'join-cp-2.yaml'), 'utf8')).toContain(`  certificateKey: "${'07'.repeat(32)}"\n`);
    expect(readFileSync(join(out, 'join-w-1.yaml'), 'utf8')).toContain(`    token: "777777.7777777777777777"\n`);
    for (const name of readdirSync(out)) expect(readFileSync(join(out, name), 'utf8'), name).not.toContain('•');
  });

  it('--token and --certificate-key are used as given', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const key = `${'ab'.repeat(31)}CD`;
    const { code, stdout } = runWithSevens('generate', '--link', TWO_CONTROL_PLANES, '--out', out, '--token=z0z0z0.a1a1a1a1a1a1a1a1', '--certificate-key', key);
    expect(code).toBe(0);
    expect(stdout).toContain('hold the given bootstrap token and the given certificate key');
    expect(readFileSync(join(out, 'join-cp-2.yaml'), 'utf8')).toContain('    token: "z0z0z0.a1a1a1a1a1a1a1a1"\n');
    expect(readFileSync(join(out, 'join-cp-2.yaml'), 'utf8')).toContain(`  certificateKey: "${key}"\n`);
  });

  it.each([
    ['--token', 'qwerty.0123456789abcde', '--token is not a bootstrap token: kubeadm wants 6 and 16 characters of [a-z0-9] joined by a dot, such as abcdef.0123456789abcdef'],
    ['--token', 'QWERTY.0123456789abcde', '--token is not a bootstrap token'],
    ['--token', 'qwerty-0123456789abcde', '--token is not a bootstrap token'],
    ['--token', ' qwerty.0123456789abcdez', '--token is not a bootstrap token'],
    ['--certificate-key', 'a'.repeat(63), '--certificate-key is not a certificate key: kubeadm wants 64 hex digits (a 32-byte AES key)'],
    ['--certificate-key', 'a'.repeat(65), '--certificate-key is not a certificate key'],
    ['--certificate-key', `${'a'.repeat(63)}g`, '--certificate-key is not a certificate key'],
  ])('%s %s is refused with exit 2, without echoing the value', (flag, value, message) => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const { code, stderr } = run('generate', '--link', TWO_CONTROL_PLANES, '--out', out, flag, value);
    expect(code).toBe(2);
    expect(stderr).toContain(`dualstack-wizard: ${message}`);
    expect(stderr).not.toContain(value.trim());
    expect(readdirSync(out)).toEqual([]);
  });

  it("--iface replaces the plan's in all three ways of installing Flannel", () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    expect(run('generate', '--link', `${LINK}&if=eth9`, '--out', out, '--iface', 'ens3').code).toBe(0);
    const file = (name: string) => readFileSync(join(out, name), 'utf8');
    const kustomization = load(file('kustomization.yaml')) as { patches: Array<{ target: Record<string, string>; patch: string }> };
    expect(kustomization.patches.map((p) => [p.target, load(p.patch)])[1]).toEqual([
      { kind: 'DaemonSet', name: 'kube-flannel-ds', namespace: 'kube-flannel' },
      [
        { op: 'test', path: '/spec/template/spec/containers/0/name', value: 'kube-flannel' },
        { op: 'add', path: '/spec/template/spec/containers/0/args/-', value: '--iface=ens3' },
      ],
    ]);
    expect((load(file('flannel-values.yaml')) as { flannel: { args: string[] } }).flannel.args).toEqual(['--ip-masq', '--kube-subnet-mgr', '--iface=ens3']);
    expect(file('NEXT-STEPS.md')).toContain(
      `kubectl -n kube-flannel patch daemonset kube-flannel-ds --type json -p '[{"op":"test","path":"/spec/template/spec/containers/0/name","value":"kube-flannel"},{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--iface=ens3"}]'\n`,
    );
    // Without the flag, the link's.
    const fromLink = mkdtempSync(join(tmpdir(), 'gen-'));
    expect(run('generate', '--link', `${LINK}&if=eth9`, '--out', fromLink).code).toBe(0);
    expect((load(readFileSync(join(fromLink, 'flannel-values.yaml'), 'utf8')) as { flannel: { args: string[] } }).flannel.args).toEqual(['--ip-masq', '--kube-subnet-mgr', '--iface=eth9']);
  });

  it('usage errors and bad plan files exit 2 without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'));
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    for (const argv of [['generate'], ['generate', '--plan', 'a', '--link', 'b'], ['generate', '--plan', join(dir, 'bad.json')], ['generate', '--plan', join(dir, 'missing.json')]]) {
      const { code, stderr } = run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
