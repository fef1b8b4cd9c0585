// The bootstrap token and certificate key that kubeadm init and the join files share. They are made where the
// files are written (the browser at download time, the CLI at generate time) from an injected random source, and
// never enter the Plan or the permalink.
//
// Token: k8s.io/cluster-bootstrap token/api/types.go BootstrapTokenPattern `\A([a-z0-9]{6})\.([a-z0-9]{16})\z`;
// kubeadm makes its own the same way (token/util GenerateBootstrapToken: random bytes over "0123456789a…z").
// Certificate key: kubeadm apis/kubeadm/validation ValidateCertificateKey: hex.DecodeString, and the decoded
// length must be constants.CertificateKeySize = 32 bytes (an AES-256 key).

export interface JoinSecrets {
  token: string;
  certificateKey: string;
}

/** Fills the array with random bytes, as crypto.getRandomValues does (its return value is not used). */
export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => unknown;

const draw = (random: RandomSource, count: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(count);
  random(bytes);
  return bytes;
};

export const TOKEN_PATTERN = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;
/** Go's hex.DecodeString accepts either case. */
export const CERTIFICATE_KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

/**
 * What the preview shows instead of the secrets: as long as the real values, so lines and annotations stay where
 * they are, and made of a character no token or key holds. js-yaml writes it as a plain scalar.
 */
export const MASKED_SECRETS: JoinSecrets = { token: `${'•'.repeat(6)}.${'•'.repeat(16)}`, certificateKey: '•'.repeat(64) };

const TOKEN_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';
// Bytes at or above 252 (7 × 36) are drawn again, so every character is equally likely.
const UNBIASED_LIMIT = 256 - (256 % TOKEN_CHARS.length);

function randomChars(count: number, random: RandomSource): string {
  let out = '';
  // A working source accepts 252 of 256 bytes; one that never does is broken, not unlucky.
  for (let round = 0; out.length < count; round++) {
    if (round === 64) throw new Error('the random source returned no usable bytes');
    for (const byte of draw(random, count * 2)) {
      if (byte < UNBIASED_LIMIT && out.length < count) out += TOKEN_CHARS[byte % TOKEN_CHARS.length];
    }
  }
  return out;
}

export function generateJoinSecrets(random: RandomSource): JoinSecrets {
  const token = `${randomChars(6, random)}.${randomChars(16, random)}`;
  const certificateKey = Array.from(draw(random, 32), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return { token, certificateKey };
}

/** Whether the file shows masks (the page then says the download holds the real values). */
export const hasMaskedSecrets = (content: string): boolean => content.includes(MASKED_SECRETS.token) || content.includes(MASKED_SECRETS.certificateKey);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Only the lines the renderers write: "token: MASK" (also as a list item) and "certificateKey: MASK". A user value
// that holds a mask is never on such a line as a plain scalar of its own key.
const MASKED_LINE = new RegExp(`^( *(?:- )?(?:token|certificateKey): )(${escape(MASKED_SECRETS.token)}|${escape(MASKED_SECRETS.certificateKey)})$`, 'gm');

/**
 * The file with the masks replaced by the secrets, double-quoted: a token or key of digits alone would otherwise
 * read as a YAML number, which kubeadm refuses. Only the masks' own lines change, and no line is added, so the
 * annotations stay right. Values kubeadm would refuse are never written.
 */
export function revealSecrets<T extends { content: string }>(file: T, secrets: JoinSecrets): T {
  if (!TOKEN_PATTERN.test(secrets.token)) throw new Error('not a bootstrap token');
  if (!CERTIFICATE_KEY_PATTERN.test(secrets.certificateKey)) throw new Error('not a certificate key');
  if (!file.content.includes('•')) return file;
  const content = file.content.replace(MASKED_LINE, (_line, head: string, mask: string) => `${head}"${mask === MASKED_SECRETS.token ? secrets.token : secrets.certificateKey}"`);
  return { ...file, content };
}
