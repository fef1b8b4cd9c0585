// --lang zh-CN: check explains in Chinese, generate writes Chinese comments and NEXT-STEPS.md; rule ids, JSON keys,
// values and upstream error strings stay as they are, and English stays the default. (generate: generate-zh.test.ts)
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const WRITEUP = ['tests/fixtures/writeup-kubeadm.yaml', 'tests/fixtures/writeup-net-conf.json'];
const LINK = 'https://example.org/dualstack-wizard/#v=1&s=64&n=cp-1,c,192.168.10.11,fd00:192:168:10::11;worker-1,w,192.168.10.21,fd00:192:168:10::21';

describe('check --lang zh-CN', () => {
  it('says the versions, files, capacity, each diagnostic and the summary in Chinese, with the rule ids and exit status unchanged', () => {
    const { code, stdout } = run('check', '--lang', 'zh-CN', ...WRITEUP);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('按 Kubernetes 1.30.2（来自 tests/fixtures/writeup-kubeadm.yaml）和 Flannel v0.28.9（已知的最新版本；文件中没有找到版本，用 --flannel-version 指定）检查。');
    expect(lines[1]).toBe('文件：tests/fixtures/writeup-kubeadm.yaml (kubeadm)，tests/fixtures/writeup-net-conf.json (net-conf)。');
    expect(lines[2]).toBe('节点容量：IPv4 10.244.0.0/16 按 /24 分块：256 个节点；IPv6 2001:db8:42:0::/56 按 /64 分块：255 个节点（1 块被 Service CIDR 占用）。文件中列出了 1 个节点。');
    expect(lines).toContain('tests/fixtures/writeup-kubeadm.yaml:3: 错误 [apiserver-advertise-family] serviceSubnet 把 IPv6 排在前面，但没有设置 advertiseAddress，kubeadm 会探测到一个 IPv4 地址');
    expect(lines).toContain('tests/fixtures/writeup-kubeadm.yaml:13: 警告 [cluster-pod-service-overlap] Pod CIDR 2001:db8:42::/56 与 Service CIDR 2001:db8:42:1::/112 重叠');
    expect(lines.at(-2)).toBe('2 个文件中有 3 个问题（1 个错误，2 个警告），另有 4 条说明。');
    expect(lines.filter((l) => l.startsWith('    修复: '))).toHaveLength(7);
  });

  it('wraps Chinese explanations between characters, within 100 columns counting each Chinese character as two', () => {
    const { stdout } = run('check', '--lang', 'zh-CN', ...WRITEUP);
    const indented = stdout.split('\n').filter((l) => l.startsWith('    '));
    const columns = (line: string) => [...line].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    expect(indented.length).toBeGreaterThan(20);
    expect(indented.filter((l) => columns(l) > 100)).toEqual([]);
    // The advertise-family explanation is cut into several lines, not written as one line of 300 characters.
    const start = stdout.indexOf('    kube-apiserver 要求 --advertise-address');
    expect(start).toBeGreaterThan(0);
    expect(stdout.slice(start).split('\n')[0]).toBe('    kube-apiserver 要求 --advertise-address 与 --service-cluster-ip-range 第一项的地址族相同，因为');
  });

  it('--format json keeps its keys, rule ids and paths, with message, explanation and fix in Chinese', () => {
    const { code, stdout } = run('check', '--lang=zh-CN', '--format', 'json', 'tests/fixtures/writeup-kubeadm.yaml');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { diagnostics: Array<Record<string, unknown>> };
    const advertise = json.diagnostics.find((d) => d.rule === 'apiserver-advertise-family')!;
    expect(advertise).toMatchObject({
      severity: 'error',
      component: 'kube-apiserver',
      file: 'tests/fixtures/writeup-kubeadm.yaml',
      path: 'InitConfiguration.localAPIEndpoint.advertiseAddress',
      line: 3,
      message: 'serviceSubnet 把 IPv6 排在前面，但没有设置 advertiseAddress，kubeadm 会探测到一个 IPv4 地址',
      fix: '把 localAPIEndpoint.advertiseAddress 设为控制面节点的 IPv6 地址，或在 serviceSubnet 中把另一个地址族排在前面。',
    });
    // The upstream error stays verbatim inside the Chinese explanation.
    expect(advertise.explanation).toContain('kube-apiserver 启动失败，报错 "service IP family "2001:db8:42:1::/112" must match public address family');
  });

  it('accepts zh, zh-Hans and any case; English is the default and en the same', () => {
    const zh = run('check', '--lang', 'zh-CN', ...WRITEUP).stdout;
    expect(run('check', '--lang', 'zh', ...WRITEUP).stdout).toBe(zh);
    expect(run('check', '--lang', 'ZH-hans', ...WRITEUP).stdout).toBe(zh);
    const en = run('check', ...WRITEUP).stdout;
    expect(en.split('\n')[0]).toBe('Checking for Kubernetes 1.30.2 (from tests/fixtures/writeup-kubeadm.yaml) and Flannel v0.28.9 (newest known; none found in the files, pass --flannel-version to choose).');
    expect(run('check', '--lang', 'en', ...WRITEUP).stdout).toBe(en);
  });

  it('refuses another language with exit 2 and the usage, before reading any file', () => {
    const { code, stderr } = run('check', '--lang', 'fr', 'no-such-file.yaml');
    expect(code).toBe(2);
    expect(stderr).toContain('dualstack-wizard: --lang must be en or zh-CN, not "fr"');
    expect(stderr).toContain('[--lang en|zh-CN]');
    expect(stderr).not.toContain('no such file');
    expect(run('generate', '--link', LINK, '--lang').code).toBe(2);
  });
});

describe('plan and generate --lang zh-CN report errors in Chinese', () => {
  it('plan prints the same JSON and says its errors in Chinese on stderr', () => {
    const en = run('plan', 'tests/fixtures/writeup-kubeadm.yaml');
    const zh = run('plan', '--lang', 'zh-CN', 'tests/fixtures/writeup-kubeadm.yaml');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(en.stdout);
    expect(zh.stderr).toBe(
      'tests/fixtures/writeup-kubeadm.yaml:3: 错误 [apiserver-advertise-family] serviceSubnet 把 IPv6 排在前面，但没有设置 advertiseAddress，kubeadm 会探测到一个 IPv4 地址\n' +
        '规划中有 1 个错误；运行 `dualstack-wizard check` 查看说明。\n',
    );
    expect(en.stderr).toContain('The plan has 1 error(s); run "dualstack-wizard check" for explanations.\n');
  });

  it('generate lists the plan\'s problems in Chinese', () => {
    const out = `${process.env.TMPDIR ?? '/tmp'}/gen-zh-errors-${process.pid}`;
    const result = run('generate', '--link', '#v=1&s=64&a=192.168.10.11', '--out', out, '--force', '--lang', 'zh-CN');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plan: 错误 [apiserver-advertise-family] ');
    expect(result.stderr).toContain('规划中有错误：文件已写入，但 kubeadm 或 Flannel 会如上所述失败。');
  });
});
