// At most 20 diagnostics of one rule per file, and how many more (issue 18 point 1): a net-conf.json with 5,000
// unknown keys reads as 20 warnings and a count, in text, in Chinese and in JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capDiagnostics } from '../../src/domain/diagnostic-cap';
import type { Diagnostic } from '../../src/domain/rules/types';
import { netConfWithUnknownKeys } from '../../scripts/scale-inputs';

const dir = mkdtempSync(join(tmpdir(), 'cap-'));
afterAll(() => rmSync(dir, { recursive: true }));
const file = join(dir, 'net-conf.json');
writeFileSync(file, netConfWithUnknownKeys(5000));

function run(...argv: string[]) {
  let stdout = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

describe('check on a net-conf.json with 5,000 unknown keys', () => {
  it('text: the first 20 keys, then how many more, and all 5,000 in the summary', () => {
    const { code, stdout } = run('check', file);
    expect(code).toBe(0);
    const unknown = stdout.split('\n').filter((line) => line.includes('[flannel-unknown-key]'));
    expect(unknown).toEqual(Array.from({ length: 20 }, (_, i) => `${file}:${i + 5}: warning [flannel-unknown-key] net-conf.json key "Unknown${i}" is not read by Flannel`));
    expect(stdout).toContain(
      [
        `${file}:24: warning [flannel-unknown-key] net-conf.json key "Unknown19" is not read by Flannel`,
        '    Flannel matches keys case-insensitively and ignores any key it does not know. The setting has no',
        '    effect, silently. Source: flannel pkg/subnet/config.go ParseConfig: Go encoding/json ignores',
        '    unknown keys.',
        '    Fix: Remove the key.',
        '    See rules/flannel-unknown-key/',
        `    …and 4,980 more like this in ${file}, not shown.`,
        '',
        `${file}: note [flannel-version-assumed]`,
      ].join('\n'),
    );
    expect(stdout.match(/more like this/g)).toHaveLength(1);
    expect(stdout.endsWith('\n5000 problems (0 errors, 5000 warnings) and 3 notes in 1 file.\n')).toBe(true);
  });

  it('Chinese: the same count', () => {
    const { stdout } = run('check', '--lang', 'zh-CN', file);
    expect(stdout).toContain(`    见 zh-CN/rules/flannel-unknown-key/\n    ……${file} 中还有 4,980 条同类问题，未列出。\n`);
    expect(stdout.endsWith('\n1 个文件中有 5000 个问题（0 个错误，5000 个警告），另有 3 条说明。\n')).toBe(true);
  });

  it('JSON: 20 diagnostics of the rule, the last with "more": 4980; every other "more" is 0', () => {
    const report = JSON.parse(run('check', '--format', 'json', file).stdout) as { diagnostics: Array<Record<string, unknown>> };
    const unknown = report.diagnostics.filter((d) => d.rule === 'flannel-unknown-key');
    expect(unknown.map((d) => [d.line, d.more])).toEqual(Array.from({ length: 20 }, (_, i) => [i + 5, i === 19 ? 4980 : 0]));
    expect(report.diagnostics.filter((d) => d.rule !== 'flannel-unknown-key').map((d) => [d.rule, d.more])).toEqual([
      ['flannel-version-assumed', 0],
      ['flannel-dual-stack-default-routes', 0],
      ['flannel-br-netfilter', 0],
    ]);
    expect(Object.keys(unknown[19]!)).toEqual(['rule', 'severity', 'component', 'phase', 'message', 'file', 'path', 'line', 'explanation', 'fix', 'fixes', 'more']);
  });
});

describe('capDiagnostics', () => {
  const diagnostic = (rule: string, file: string | undefined, n: number): Diagnostic => ({
    rule, severity: 'warning', component: 'flannel', phase: 'runtime', fields: [], params: { n }, fixes: [], ...(file ? { location: { file } } : {}),
  });

  it('counts per rule and per file, keeps the order, and puts the count on the last one kept', () => {
    const input = [
      ...Array.from({ length: 3 }, (_, n) => diagnostic('a-rule', 'one.json', n)),
      ...Array.from({ length: 3 }, (_, n) => diagnostic('a-rule', 'two.json', n)),
      diagnostic('b-rule', 'one.json', 0),
      ...Array.from({ length: 2 }, (_, n) => diagnostic('a-rule', undefined, n)),
      diagnostic('a-rule', 'one.json', 3),
    ];
    const capped = capDiagnostics(input, 2);
    expect(capped.map((d) => [d.rule, d.location?.file ?? null, d.params.n, d.more ?? 0])).toEqual([
      ['a-rule', 'one.json', 0, 0],
      ['a-rule', 'one.json', 1, 2],
      ['a-rule', 'two.json', 0, 0],
      ['a-rule', 'two.json', 1, 1],
      ['b-rule', 'one.json', 0, 0],
      ['a-rule', null, 0, 0],
      ['a-rule', null, 1, 0],
    ]);
    expect(capped.every((d) => d.more !== 0)).toBe(true);
  });
});
