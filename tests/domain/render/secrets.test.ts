// The bootstrap token and certificate key: kubeadm's formats, made from the injected random source, the same in
// kubeadm-config.yaml and every join file, and masked wherever no secrets are given (the page's preview).
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../../src/domain/render/files';
import { MASKED_SECRETS, generateJoinSecrets, revealSecrets } from '../../../src/domain/render/secrets';
import { GOLDEN_CASES } from './cases';

/** Returns 0, 1, 2, … across calls, as a deterministic stand-in for crypto.getRandomValues. */
function counter(start = 0) {
  let next = start;
  return (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = next++ % 256;
    return bytes;
  };
}
/** Returns the given bytes in order, then zeros. */
function sequence(values: number[]) {
  const queue = [...values];
  return (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = queue.shift() ?? 0;
    return bytes;
  };
}

const KUBEADM_TOKEN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/; // cluster-bootstrap BootstrapTokenPattern
const SECRETS = { token: 'abcdef.0123456789abcdef', certificateKey: 'f'.repeat(64) };

describe('generateJoinSecrets', () => {
  it('maps bytes to [0-9a-z] for the token and to hex for the 32-byte key', () => {
    // Token id from bytes 0–5; the secret from bytes 12–27 (each part asks for twice the characters it needs);
    // the key from bytes 44–75.
    expect(generateJoinSecrets(counter())).toEqual({
      token: '012345.cdefghijklmnopqr',
      certificateKey: '2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b',
    });
  });

  it('draws bytes 252–255 again, so every character is equally likely; 251 is the last kept (z)', () => {
    const { token } = generateJoinSecrets(sequence([252, 253, 254, 255, 251, 35, 36, 71, 72, 0, 1, 2]));
    // 251 % 36 = 35 (z), 35 (z), 36 (0), 71 (z), 72 (0), 0 (0).
    expect(token.slice(0, 6)).toBe('zz0z00');
  });

  it('a source that only returns unusable bytes fails with a message instead of looping', () => {
    expect(() => generateJoinSecrets((bytes) => bytes.fill(255))).toThrow('the random source returned no usable bytes');
  });

  it('Web Crypto gives kubeadm-valid values that differ each time', () => {
    const random = (bytes: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(bytes);
    const a = generateJoinSecrets(random);
    const b = generateJoinSecrets(random);
    expect(a.token).toMatch(KUBEADM_TOKEN);
    expect(a.certificateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.certificateKey).not.toBe(b.certificateKey);
  });
});

const docs = (files: ReturnType<typeof renderAll>, name: string) => loadAll(files.find((f) => f.name === name)!.content) as Array<Record<string, any>>;

describe('the files with secrets', () => {
  const plan = GOLDEN_CASES['five-nodes-two-control-planes']!;

  it('kubeadm-config.yaml and every join file hold the same token; control-plane joins hold the key', () => {
    const files = renderAll(plan, SECRETS);
    const [init] = docs(files, 'kubeadm-config.yaml');
    expect(init!.bootstrapTokens).toEqual([{ token: 'abcdef.0123456789abcdef' }]);
    expect(init!.certificateKey).toBe('f'.repeat(64));
    for (const name of ['join-cp-2.yaml', 'join-worker-1.yaml', 'join-worker-2.yaml', 'join-worker-3.yaml']) {
      const [join] = docs(files, name);
      expect(join!.discovery.bootstrapToken.token, name).toBe('abcdef.0123456789abcdef');
      expect(join!.discovery.bootstrapToken.caCertHashes, name).toEqual(['sha256:REPLACE-WITH-CA-CERT-HASH']);
      expect(join!.controlPlane?.certificateKey, name).toBe(name === 'join-cp-2.yaml' ? 'f'.repeat(64) : undefined);
    }
    expect(files.some((f) => f.content.includes('•'))).toBe(false);
  });

  it('only workers join: a token and no certificate key; nothing joins: neither', () => {
    const [withWorkers] = docs(renderAll(GOLDEN_CASES['dual-ipv4-primary']!, SECRETS), 'kubeadm-config.yaml');
    expect(withWorkers!.bootstrapTokens).toEqual([{ token: 'abcdef.0123456789abcdef' }]);
    expect(withWorkers!.certificateKey).toBeUndefined();
    const [alone] = docs(renderAll(GOLDEN_CASES['dual-ipv6-primary-one-node']!, SECRETS), 'kubeadm-config.yaml');
    expect(Object.keys(alone!).sort()).toEqual(['apiVersion', 'kind', 'localAPIEndpoint', 'nodeRegistration']);
  });

  it('without secrets the files hold the masks, of the real values\' lengths', () => {
    const files = renderAll(plan);
    const [init] = docs(files, 'kubeadm-config.yaml');
    expect(init!.bootstrapTokens).toEqual([{ token: '••••••.••••••••••••••••' }]);
    expect(init!.certificateKey).toBe('•'.repeat(64));
    expect(MASKED_SECRETS.token).toHaveLength(23);
    expect(MASKED_SECRETS.certificateKey).toHaveLength(64);
  });

  it.each(Object.entries(GOLDEN_CASES))('%s: revealing the masked files gives the files rendered with the secrets, line for line', (_name, p) => {
    const masked = renderAll(p);
    const real = renderAll(p, SECRETS);
    expect(masked.map((f) => revealSecrets(f, SECRETS))).toEqual(real);
    // Only the masks' lines differ, so every annotation still points at its line.
    for (const [i, file] of real.entries()) {
      const before = masked[i]!.content.split('\n');
      const after = file.content.split('\n');
      expect(after).toHaveLength(before.length);
      expect(after.filter((line, n) => line !== before[n]).every((line) => /^ *(- )?(token|certificateKey): "[0-9a-z.]+"$/.test(line)), file.name).toBe(true);
    }
  });

  it('a token or key of digits alone stays a string (quoted), as kubeadm needs', () => {
    const digits = { token: '123456.1234567890123456', certificateKey: '1'.repeat(64) };
    const files = renderAll(plan, digits);
    const [init] = docs(files, 'kubeadm-config.yaml');
    expect(init!.bootstrapTokens).toEqual([{ token: '123456.1234567890123456' }]);
    expect(init!.certificateKey).toBe('1'.repeat(64));
    const [join] = docs(files, 'join-cp-2.yaml');
    expect(join!.discovery.bootstrapToken.token).toBe('123456.1234567890123456');
    expect(join!.controlPlane.certificateKey).toBe('1'.repeat(64));
  });

  it('a user value that holds a mask is left alone; values kubeadm would refuse are never written', () => {
    const p = structuredClone(plan);
    p.nodes[1]!.name = `x${MASKED_SECRETS.token}`;
    p.nodes[2]!.name = MASKED_SECRETS.token;
    const files = renderAll(p, SECRETS);
    const [join] = docs(files, 'join-x______.________________.yaml');
    expect(join!.nodeRegistration.name).toBe(`x${MASKED_SECRETS.token}`);
    expect(join!.discovery.bootstrapToken.token).toBe(SECRETS.token);
    expect(docs(files, 'join-______.________________.yaml')[0]!.nodeRegistration.name).toBe(MASKED_SECRETS.token);
    expect(() => renderAll(plan, { ...SECRETS, token: 'ABCDEF.0123456789abcdef' })).toThrow('not a bootstrap token');
    expect(() => renderAll(plan, { ...SECRETS, certificateKey: 'f'.repeat(63) })).toThrow('not a certificate key');
  });
});
