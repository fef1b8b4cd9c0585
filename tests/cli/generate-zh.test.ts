// generate --lang zh-CN: the files' comments and NEXT-STEPS.md in Chinese, their values as in English.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { notChinese } from '../chinese-text';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const LINK = 'https://example.org/dualstack-wizard/#v=1&s=64&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

describe('generate --lang zh-CN', () => {
  const out = mkdtempSync(join(tmpdir(), 'gen-zh-'));
  const result = run('generate', '--link', LINK, '--out', out, '--lang', 'zh-CN', '--token', 'abcdef.0123456789abcdef');
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  const golden = (name: string) => readFileSync(join('tests/golden/dual-ipv6-primary-one-worker', name), 'utf8');

  it('writes the same seven files and reports in Chinese', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `已把 7 个文件写入 ${out}：kubeadm-config.yaml，join-worker-1.yaml，net-conf.json，kube-flannel-cfg.yaml，kustomization.yaml，flannel-values.yaml，NEXT-STEPS.md\n` +
        'kubeadm-config.yaml 和 join 文件中有给定的引导 token：请妥善保密。按 NEXT-STEPS.md 的说明填入 CA 证书哈希。\n',
    );
    expect(readdirSync(out).sort()).toEqual(readdirSync('tests/golden/dual-ipv6-primary-one-worker').sort());
  });

  it('each YAML file holds the English file\'s values, with every comment line in Chinese', () => {
    for (const name of ['kubeadm-config.yaml', 'join-worker-1.yaml', 'kube-flannel-cfg.yaml', 'kustomization.yaml', 'flannel-values.yaml']) {
      // The golden files (the page's preview) hold the token's mask where these hold the given token.
      expect(loadAll(read(name)), name).toEqual(loadAll(golden(name).replace('••••••.••••••••••••••••', '"abcdef.0123456789abcdef"')));
      const comments = read(name).split('\n').filter((l) => /^\s*#/.test(l));
      expect(comments.length, name).toBeGreaterThan(1);
      expect(comments.flatMap((l) => notChinese(l) ?? []), name).toEqual([]);
    }
    expect(read('kubeadm-config.yaml').split('\n')[0]).toBe('# 由 dualstack-wizard 为 Kubernetes 1.37 和 Flannel v0.28.9 生成。');
    expect(read('net-conf.json')).toBe(golden('net-conf.json'));
  });

  it('NEXT-STEPS.md is in Chinese, with the same commands (their shell comments in Chinese)', () => {
    const zh = read('NEXT-STEPS.md');
    expect(zh.split('\n')[0]).toBe('# 后续步骤');
    expect(zh).toContain('\n## 1. 初始化第一个控制面节点（`cp-1`）\n');
    expect(zh).toContain('\n### a) 用 kustomize\n');
    const commands = (md: string) => md.split('```').filter((_, i) => i % 2 === 1);
    const english = commands(golden('NEXT-STEPS.md')).map((block) => block.replace('# on worker-1 (worker)', '# 在 worker-1 上（工作节点）'));
    expect(commands(zh)).toEqual(english);
  });

  it('check reads the Chinese files back with their recorded versions and finds no problems', () => {
    const names = readdirSync(out).filter((n) => n !== 'NEXT-STEPS.md');
    const checked = run('check', ...names.map((n) => join(out, n)));
    expect(checked.code).toBe(0);
    expect(checked.stdout.split('\n')[0]).toBe(`Checking for Kubernetes 1.37 (from ${join(out, 'kubeadm-config.yaml')}) and Flannel v0.28.9 (from ${join(out, 'kustomization.yaml')}).`);
  });
});
