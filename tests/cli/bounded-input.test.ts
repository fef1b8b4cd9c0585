// What the bundled CLI does with input that has no end, no writer, no reader or another encoding (issue 18).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = 'dist-cli/dualstack-wizard.mjs';
const dir = mkdtempSync(join(tmpdir(), 'dsw-input-'));
const cli = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  expect(existsSync(BIN), 'run `npm run build` first').toBe(true);
});

describe('input with no end', () => {
  it('check /dev/zero stops at 64 MiB (the largest file a parser takes) with a message, exit 2', () => {
    const result = cli(['check', '/dev/zero']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('dualstack-wizard: /dev/zero is larger than 64 MiB; stopped reading there\n');
  });

  it('an endless log on standard input is read to the limit, then reported, exit 2', () => {
    const result = spawnSync('sh', ['-c', `yes | "${process.execPath}" ${BIN} explain --log -`], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('No known upstream message in 8388608 lines.\n');
    expect(result.stderr).toBe('dualstack-wizard: standard input is larger than 16 MiB; stopped reading there\n');
  });

  it('a followed log shows each rule as its line arrives', () => {
    const log = readFileSync('tests/fixtures/flannel-1629-crash.txt', 'utf8');
    const result = cli(['explain', '--log', '-'], log);
    expect(result.status).toBe(1);
    const [live] = result.stdout.split('\n\n');
    expect(live).toMatch(/^<stdin>:8: error \[flannel-ipv6-first-podsubnet\] /);
    expect(live).toContain('\n    > ');
  });
});

describe('a FIFO', () => {
  it('no program writes to it: exit 2 after the wait, naming the FIFO', () => {
    const fifo = join(dir, 'nobody');
    execFileSync('mkfifo', [fifo]);
    const result = cli(['check', fifo]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`dualstack-wizard: nothing to read from ${fifo}: it is a FIFO, and no program opened it for writing within 3 s\n`);
  });

  it('a writer that comes late is read', () => {
    const fifo = join(dir, 'late');
    execFileSync('mkfifo', [fifo]);
    const result = spawnSync('sh', ['-c', `(sleep 1; cat tests/fixtures/writeup-net-conf.json > "${fifo}") & "${process.execPath}" ${BIN} check --format json "${fifo}"`], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).files).toEqual([{ path: fifo, kind: 'net-conf', kinds: ['net-conf'] }]);
  });
});

describe('output nobody reads', () => {
  it('a closed pipe ends quietly, keeping the exit code', async () => {
    const child = spawn(process.execPath, [BIN, 'check', 'tests/fixtures/writeup-kubeadm.yaml', 'tests/fixtures/writeup-net-conf.json']);
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('byte-order marks', () => {
  it('a UTF-16 kubeadm file is read as kubeadm reads it', () => {
    const text = readFileSync('tests/fixtures/writeup-kubeadm.yaml', 'utf8');
    const utf16 = join(dir, 'kubeadm-utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf8 = cli(['check', '--format', 'json', 'tests/fixtures/writeup-kubeadm.yaml']);
    const wide = cli(['check', '--format', 'json', utf16]);
    const rules = (out: string) => JSON.parse(out).diagnostics.map((d: { rule: string; location?: { line?: number } }) => [d.rule, d.location?.line]);
    expect(rules(wide.stdout)).toEqual(rules(utf8.stdout));
    expect(wide.status).toBe(utf8.status);
  });

  it('a UTF-8 BOM before net-conf.json is no syntax error', () => {
    const file = join(dir, 'net-conf-bom.json');
    writeFileSync(file, `\uFEFF${readFileSync('tests/fixtures/writeup-net-conf.json', 'utf8')}`);
    const result = JSON.parse(cli(['check', '--format', 'json', file]).stdout);
    expect(result.files).toEqual([{ path: file, kind: 'net-conf', kinds: ['net-conf'] }]);
    expect(result.diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('flannel-net-conf-json-syntax');
  });
});
