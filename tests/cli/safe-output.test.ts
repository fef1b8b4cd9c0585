// Text output never hands a file's control characters to the terminal, JSON stays exact, and generate writes all of
// its files or none (issue 18, points 5 and 6).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
const dir = mkdtempSync(join(tmpdir(), 'dsw-safe-'));
// ESC, an OSC 52 clipboard write ended by BEL, a carriage return and a newline faking a clean result, in one value.
const HOSTILE = '10.244.0.0/16\u001b]52;c;ZWNobyBoaQ==\u0007\r\nNo problems found';

describe('control characters in a file', () => {
  const file = join(dir, 'kubeadm.yaml');
  writeFileSync(file, ['apiVersion: kubeadm.k8s.io/v1beta4', 'kind: ClusterConfiguration', 'networking:', `  podSubnet: ${JSON.stringify(HOSTILE)}`, '  serviceSubnet: 10.96.0.0/16'].join('\n'));

  it('text output shows them as \\uXXXX escapes, and the value stays on its line', () => {
    const { stdout } = run('check', file);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('\\u001b]52;c;ZWNobyBoaQ==\\u0007\\u000d\\u000aNo problems found');
    expect(stdout.split('\n').some((line) => line.startsWith('No problems found'))).toBe(false);
  });

  it('JSON output parses to exactly the value in the file', () => {
    const { stdout } = run('check', '--format', 'json', file);
    expect(stdout).not.toMatch(/[\u0000-\u001f\u007f-\u009f](?<!\n)/);
    const report = JSON.parse(stdout) as { diagnostics: Array<{ message: string }> };
    expect(report.diagnostics.some((d) => d.message.includes(HOSTILE))).toBe(true);
  });

  it('C1 controls and bidi overrides are escaped too', () => {
    const other = join(dir, 'net-conf.json');
    writeFileSync(other, JSON.stringify({ Network: '10.244.0.0/16\u009b2J\u202e', Backend: { Type: 'vxlan' } }));
    const { stdout } = run('check', other);
    expect(stdout).not.toMatch(/[\u009b\u202e]/);
    expect(stdout).toContain('\\u009b2J\\u202e');
  });
});

describe('generate writes all of its files or none', () => {
  const LINK = '#v=1&n=cp-1,c,192.168.10.11,fd00::11;w-1,w,192.168.10.21,fd00::21';
  it('a directory in the way of one file: a message naming it, exit 2, and nothing written', () => {
    const out = mkdtempSync(join(dir, 'out-'));
    mkdirSync(join(out, 'NEXT-STEPS.md'));
    const result = run('generate', '--link', LINK, '--out', out, '--force');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`dualstack-wizard: ${join(out, 'NEXT-STEPS.md')} is a directory, in the way of a file of that name; nothing was written\n`);
    expect(readdirSync(out)).toEqual(['NEXT-STEPS.md']);
  });

  it('a file in the way of the folder: a message, exit 2, no internal error', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const result = run('generate', '--link', LINK, '--out', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`dualstack-wizard: ${file} is not a directory; nothing was written\n`);
  });

  it('a folder it cannot create under a file: a message naming why, and no partial files left', () => {
    const file = join(dir, 'blocker');
    writeFileSync(file, 'x');
    const result = run('generate', '--link', LINK, '--out', join(file, 'sub'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dualstack-wizard: cannot write into .*: .*a file is in the way of a folder; nothing was written\n$/);
    expect(result.stderr).not.toContain('internal error');
  });

  it('--plan from a device is bounded like check\'s inputs', () => {
    const result = run('generate', '--plan', '/dev/zero', '--out', join(dir, 'never'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('dualstack-wizard: /dev/zero is larger than 16 MiB; stopped reading there\n');
  });
});
