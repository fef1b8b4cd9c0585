import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { RULES } from '../../src/domain/rules/catalogue';
import { UPSTREAM_MESSAGES } from '../../src/domain/rules/messages';
import { CJK, notChinese } from '../chinese-text';
import { stringSource } from '../helpers';

const ISSUE_1629 = 'tests/fixtures/flannel-1629-crash.txt';
const KUBEADM_INIT = 'tests/fixtures/kubeadm-init-service-subnet.txt';

function run(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), ...(stdin !== undefined ? { stdin: stringSource(stdin) } : {}) });
  return { code, stdout, stderr };
}

describe('explain RULE-ID', () => {
  it('text: the words, versions, upstream messages with their source, the rule\'s source and its page', () => {
    const { code, stdout, stderr } = run(['explain', 'flannel-no-stack']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        '[flannel-no-stack] error · flannel · runtime',
        'net-conf.json turns off both EnableIPv4 and EnableIPv6',
        '',
        'What reads it: Flannel decides its IP stack from EnableIPv4 (default true) and EnableIPv6.',
        'What happens: kube-flannel logs "none defined stack" and exits.',
        'Fix: Enable at least one family.',
        'Versions: every version this tool knows',
        '',
        'Upstream messages:',
        '  flannel: none defined stack',
        '      from flannel pkg/ipmatch/match.go GetIPFamily, logged by main.go',
        '',
        'Source: flannel main.go: ipmatch.GetIPFamily → "none defined stack"',
        'See rules/flannel-no-stack/',
        '',
      ].join('\n'),
    );
  });

  it('text: versions by message, and the messages other causes share', () => {
    const { stdout } = run(['explain', 'flannel-ipv6-first-podsubnet']);
    expect(stdout).toContain('\nVersions: Flannel v0.15.0–v0.20.1\n');
    expect(stdout).toContain('\n  flannel (Flannel v0.15.0–v0.20.1): Observed a panic: Address is not an IPv4 address\n');
    expect(stdout).toContain('\n  flannel (Flannel v0.18.0–v0.20.1): subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node\n');
    expect(stdout).toContain('\nAlso printed for other causes:\n  flannel: Address is not an IPv4 address\n');
    expect(stdout.endsWith('See rules/flannel-ipv6-first-podsubnet/\n')).toBe(true);
  });

  it('JSON: the rule with its words, versions, messages and page', () => {
    const { code, stdout } = run(['explain', 'apiserver-advertise-family', '--format', 'json']);
    expect(code).toBe(0);
    const { rule } = JSON.parse(stdout);
    expect(rule).toMatchObject({ id: 'apiserver-advertise-family', severity: 'error', component: 'kube-apiserver', phase: 'runtime', page: 'rules/apiserver-advertise-family/', versions: null });
    expect(rule.messages).toEqual([
      expect.objectContaining({
        id: 'apiserver-advertise-family/family',
        text: 'service IP family %q must match public address family %q',
        component: 'kube-apiserver',
        versions: { kubernetes: { from: '1.24' } },
      }),
    ]);
    expect(rule.source).toMatch(/validatePublicIPServiceClusterIPRangeIPFamilies/);
  });

  it('Chinese: the words and labels in Chinese, the page under zh-CN/', () => {
    const { stdout } = run(['explain', 'flannel-no-stack', '--lang', 'zh-CN']);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '[flannel-no-stack] 错误 · flannel · runtime',
      'net-conf.json 同时关闭了 EnableIPv4 和 EnableIPv6',
      '',
      '读取方: Flannel 根据 EnableIPv4（默认 true）和 EnableIPv6 决定协议栈。',
    ]);
    expect(stdout.endsWith('\n见 zh-CN/rules/flannel-no-stack/\n')).toBe(true);
  });

  it('an unknown id: exit 2, one line naming close ids, no usage text, no stack trace', () => {
    expect(run(['explain', 'flannel-no-stak'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dualstack-wizard: unknown rule "flannel-no-stak"; did you mean flannel-no-stack? (dualstack-wizard explain --list shows every rule)\n',
    });
    expect(run(['explain', 'flannel-ipv6-frist']).stderr).toContain('did you mean flannel-ipv6-first-podsubnet, ');
    expect(run(['explain', 'zzzz'])).toEqual({ code: 2, stdout: '', stderr: 'dualstack-wizard: unknown rule "zzzz" (dualstack-wizard explain --list shows every rule)\n' });
  });
});

describe('explain --list', () => {
  it('text: one line per rule, then the totals', () => {
    const { code, stdout } = run(['explain', '--list']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length + 2);
    expect(lines).toContain('flannel-ipv6-first-podsubnet               error    flannel                  runtime           2 messages');
    expect(lines).toContain('cluster-pod-service-overlap                warning  cluster                  runtime           -');
    expect(lines.at(-1)).toBe(`${RULES.length} rules, ${UPSTREAM_MESSAGES.length} upstream messages.`);
  });

  it('JSON: {"rules": [{id, severity, component, phase, messages}]} for every rule', () => {
    const { rules } = JSON.parse(run(['explain', '--list', '--format', 'json']).stdout);
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const v6first = rules.find((r: { id: string }) => r.id === 'flannel-ipv6-first-podsubnet');
    expect(Object.keys(v6first)).toEqual(['id', 'severity', 'component', 'phase', 'messages']);
    expect(v6first.messages.map((m: { id: string }) => m.id)).toEqual(['flannel-ipv6-first-podsubnet/informer-panic', 'flannel-ipv6-first-podsubnet/containment']);
    expect(rules.find((r: { id: string }) => r.id === 'flannel-unknown-key').messages).toEqual([]);
  });
});

describe('explain --log', () => {
  it('the flannel#1629 crash log, text: the IPv6-first rule first, with the line, the fix, the versions and its page', () => {
    const { code, stdout } = run(['explain', '--log', ISSUE_1629]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${ISSUE_1629}:8: error [flannel-ipv6-first-podsubnet] IPv6 is first in podSubnet "<podSubnet>": Flannel v<version> crashes with "Address is not an IPv4 address"`);
    expect(lines[1]).toBe(
      '    > Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "fd00::1234:5678:100:0/120" PodCIDR of the "k8s-node1" node.',
    );
    const first = stdout.slice(0, stdout.indexOf('\n\n'));
    expect(first).toContain('\n    Fix: Use Flannel v0.20.2 or later;');
    expect(first).toContain('\n    Versions: Flannel v0.18.0–v0.20.1\n    Also on lines 12, 24, 25.\n    See rules/flannel-ipv6-first-podsubnet/');
    expect(stdout.endsWith('\n5 rules matched.\n')).toBe(true);
  });

  it('JSON: {"matches": [{rule, severity, component, line, excerpt, versions, …}]} best first', () => {
    const { code, stdout } = run(['explain', '--log', KUBEADM_INIT, '--format', 'json']);
    expect(code).toBe(1);
    const { matches } = JSON.parse(stdout);
    expect(matches).toEqual([
      {
        rule: 'kubeadm-service-subnet-too-small',
        severity: 'error',
        component: 'kubeadm',
        line: 3,
        excerpt: 'networking.serviceSubnet: Invalid value: "10.96.0.0/29": subnet with 8 address(es) is too small, the minimum is 10',
        versions: null,
        message: 'kubeadm-service-subnet-too-small/size',
        captures: { cidr: '10.96.0.0/29', size: '8' },
        also: false,
      },
      expect.objectContaining({ rule: 'kubeadm-api-version', line: 2, versions: { kubernetes: { from: '1.31', to: '1.35' } } }),
    ]);
  });

  it('"-" reads standard input; nothing recognised is exit 0', () => {
    const panic = run(['explain', '--log', '-', '--format', 'json'], 'E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address\n');
    expect(panic.code).toBe(1);
    expect(JSON.parse(panic.stdout).matches[0]).toMatchObject({ rule: 'flannel-ipv6-first-podsubnet', line: 1 });
    expect(run(['explain', '--log', '-'], 'all good\nstill good\n')).toEqual({ code: 0, stdout: 'No known upstream message in 2 lines.\n', stderr: '' });
    expect(run(['explain', '--log', '-', '--format', 'json'], '')).toEqual({ code: 0, stdout: '{\n  "matches": []\n}\n', stderr: '' });
  });

  it('a binary file is read without a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-'));
    const file = join(dir, 'core.bin');
    writeFileSync(file, Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256)));
    const { code, stderr } = run(['explain', '--log', file, '--format', 'json']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });

  it('Chinese text names the Chinese page', () => {
    const { stdout } = run(['explain', '--log', '-', '--lang', 'zh-CN'], 'none defined stack\n');
    expect(stdout).toContain('<stdin>:1: 错误 [flannel-no-stack] net-conf.json 同时关闭了 EnableIPv4 和 EnableIPv6\n');
    expect(stdout).toContain('\n    见 zh-CN/rules/flannel-no-stack/\n');
  });

  // The Done-when, through the command: a realistic line (klog prefix, Go-escaped quotes) for every message.
  it('every upstream message of the catalogue, in a klog line with escaped quotes, ranks its rule first', () => {
    for (const m of UPSTREAM_MESSAGES) {
      const line = `E0805 05:20:57.156568       1 server.go:302] "Error" err="${m.example.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      const { matches } = JSON.parse(run(['explain', '--log', '-', '--format', 'json'], `I0805 05:20:56.000000       1 main.go:1] starting\n${line}\n`).stdout);
      expect(matches[0]?.rule, m.id).toBe(m.rule);
      expect(matches[0]?.line, m.id).toBe(2);
    }
  });
});

describe('explain usage', () => {
  it('exactly one of RULE-ID, --log or --list; a known format; a readable file', () => {
    for (const argv of [['explain'], ['explain', 'a-b', 'c-d'], ['explain', '--list', 'flannel-no-stack'], ['explain', '--list', '--log', '-']]) {
      const { code, stderr } = run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr.split('\n')[0]).toBe('dualstack-wizard: explain takes exactly one of RULE-ID, --log FILE|- or --list');
    }
    expect(run(['explain', '--list', '--format', 'xml']).stderr.split('\n')[0]).toBe('dualstack-wizard: --format must be text or json, not "xml"');
    expect(run(['explain', '--log', 'no/such.log']).stderr.split('\n')[0]).toBe('dualstack-wizard: cannot read no/such.log: no such file');
    expect(run(['explain', '--log']).stderr.split('\n')[0]).toBe('dualstack-wizard: --log needs a value');
  });

  it('the usage text lists the three forms, in English or, with --lang zh-CN, in Chinese', () => {
    const form = 'dualstack-wizard explain (RULE-ID | --log FILE|- | --list) [--format text|json] [--lang en|zh-CN]';
    const { stderr } = run(['--help']);
    expect(stderr.startsWith('Usage:\n')).toBe(true);
    expect(stderr).toContain(form);
    const zh = run(['explain', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    const usage = zh.stderr.slice(zh.stderr.indexOf('\n\n') + 2);
    expect(usage.startsWith('用法：\n')).toBe(true);
    expect(usage).toContain(form);
    expect(run(['--help', '--lang=zh']).stderr.startsWith('用法：\n')).toBe(true);
    // Its sentences are Chinese: only commands, flags, file names and values stay as they are.
    for (const line of usage.split('\n').filter((l) => CJK.test(l))) expect(notChinese(line.replace(/^\s*(?:check|plan|generate|explain(?: RULE-ID| --log FILE\|-| --list)?)\s+/, ''))).toBeNull();
  });
});

describe('check names each rule\'s page', () => {
  it('under each diagnostic, in English and Chinese', () => {
    const files = ['tests/fixtures/writeup-kubeadm.yaml', 'tests/fixtures/writeup-net-conf.json'];
    const en = run(['check', ...files]).stdout;
    expect(en).toContain('\n    See rules/apiserver-advertise-family/\n');
    expect(en.match(/\n {4}See rules\/[a-z0-9-]+\/\n/g)?.length).toBe(en.match(/^\S+: (error|warning|note) \[/gm)?.length);
    const zh = run(['check', '--lang', 'zh-CN', ...files]).stdout;
    expect(zh).toContain('\n    见 zh-CN/rules/apiserver-advertise-family/\n');
  });
});

describe('the bundled CLI', () => {
  it('explain --log - reads standard input', () => {
    const bin = 'dist-cli/dualstack-wizard.mjs';
    expect(existsSync(bin), 'run `npm run build` first').toBe(true);
    const result = spawnSync(process.execPath, [bin, 'explain', '--log', '-', '--format', 'json'], { input: readFileSync(ISSUE_1629), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).matches[0]).toMatchObject({ rule: 'flannel-ipv6-first-podsubnet', line: 8 });
  });
});
