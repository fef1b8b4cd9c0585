// The files generate writes work with one edit: once the CA hash is filled in as NEXT-STEPS.md says, check accepts
// all of them, and the token and key have kubeadm's formats.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const quiet = { stdout: () => {}, stderr: () => {} };
const LINK = '#v=1&s=64&e=k8s-api.example.internal:6443&n=cp-1,c,192.168.10.11,fd00::11;cp-2,c,192.168.10.12,fd00::12;w-1,w,192.168.10.21,fd00::21';
const HASH = 'a'.repeat(64);

describe('join files from generate, with the CA hash filled in', () => {
  const out = mkdtempSync(join(tmpdir(), 'join-'));
  expect(main(['generate', '--link', LINK, '--out', out], quiet)).toBe(0);
  // What the sed command of NEXT-STEPS.md does.
  for (const name of readdirSync(out).filter((n) => n.startsWith('join-'))) {
    writeFileSync(join(out, name), readFileSync(join(out, name), 'utf8').replace('REPLACE-WITH-CA-CERT-HASH', HASH));
  }
  const yaml = (name: string) => loadAll(readFileSync(join(out, name), 'utf8')) as Array<Record<string, any>>;

  it('hold kubeadm\'s token format and a 32-byte hex key, the same everywhere, and the hash', () => {
    const init = yaml('kubeadm-config.yaml')[0]!;
    const token = init.bootstrapTokens[0].token as string;
    expect(token).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    expect(init.certificateKey).toMatch(/^[0-9a-f]{64}$/);
    for (const name of ['join-cp-2.yaml', 'join-w-1.yaml']) {
      const doc = yaml(name)[0]!;
      expect(doc.discovery.bootstrapToken.token, name).toBe(token);
      expect(doc.discovery.bootstrapToken.caCertHashes, name).toEqual([`sha256:${HASH}`]);
    }
    expect(yaml('join-cp-2.yaml')[0]!.controlPlane.certificateKey).toBe(init.certificateKey);
  });

  it('check finds no error in them, alone or together', () => {
    const files = readdirSync(out).filter((n) => n !== 'NEXT-STEPS.md').map((n) => join(out, n));
    let stdout = '';
    expect(main(['check', ...files], { stdout: (t) => (stdout += t), stderr: () => {} }), stdout).toBe(0);
    for (const file of files) expect(main(['check', file], quiet), file).toBe(0);
  });
});
