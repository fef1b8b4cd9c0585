import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const LINK = 'https://example.org/dualstack-wizard/#v=1&s=64&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

describe('generate', () => {
  it('--link writes exactly the files the wizard offers', () => {
    const out = mkdtempSync(join(tmpdir(), 'gen-'));
    const { code, stdout } = run('generate', '--link', LINK, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote 7 files');
    // The committed golden files of this plan (tests/render/cases.ts, 'dual-ipv6-primary-one-worker'), byte for byte.
    const golden = 'tests/golden/dual-ipv6-primary-one-worker';
    const names = readdirSync(golden).sort();
    expect(names).toEqual(['NEXT-STEPS.md', 'flannel-values.yaml', 'join-worker-1.yaml', 'kube-flannel-cfg.yaml', 'kubeadm-config.yaml', 'kustomization.yaml', 'net-conf.json']);
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(golden, name), 'utf8'));
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
