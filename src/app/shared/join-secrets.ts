// The bootstrap token and certificate key that kubeadm-config.yaml and the join files share, for this tab: made on the
// first download or copy (or typed in on the review step), then the same for every file, across reloads, since a
// join file downloaded after a reload must match the kubeadm-config.yaml downloaded before it. Kept in
// sessionStorage (this tab only, gone when it closes), never in the Plan or the link.
import { CERTIFICATE_KEY_PATTERN, type JoinSecrets, TOKEN_PATTERN, generateJoinSecrets } from '../../domain/render/secrets';

const STORAGE_KEY = 'dualstack-wizard.join-secrets';

/** How this tab got the secrets the files hold: made now, kept from earlier in this tab, or typed by the user. */
export type SecretsOrigin = 'made' | 'kept' | 'typed';
export interface SecretsState {
  secrets: JoinSecrets;
  origin: SecretsOrigin;
}

const valid = (s: unknown): s is JoinSecrets =>
  typeof s === 'object' && s !== null && TOKEN_PATTERN.test((s as JoinSecrets).token) && CERTIFICATE_KEY_PATTERN.test((s as JoinSecrets).certificateKey);

function stored(): JoinSecrets | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    return valid(parsed) ? { token: parsed.token, certificateKey: parsed.certificateKey } : null;
  } catch {
    return null;
  }
}

function keep(secrets: JoinSecrets): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(secrets));
  } catch {
    // Storage blocked: the secrets hold for this page load only, and the page says it made them.
  }
}

let state: SecretsState | null = null;
const listeners = new Set<() => void>();
const tell = (): void => listeners.forEach((listener) => listener());

/** What the files hold so far: null until a file was downloaded or copied (or a value typed) in this tab. */
export function currentSecrets(): SecretsState | null {
  if (state === null) {
    const kept = stored();
    if (kept) state = { secrets: kept, origin: 'kept' };
  }
  return state;
}

/** The secrets a download or copy writes: this tab's, or new ones made now (and said so). */
export function sessionSecrets(): JoinSecrets {
  const current = currentSecrets();
  if (current) return current.secrets;
  state = { secrets: generateJoinSecrets((bytes) => crypto.getRandomValues(bytes)), origin: 'made' };
  keep(state.secrets);
  tell();
  return state.secrets;
}

/**
 * A value typed on the review step. Only one that passes its pattern is used; the other half is this tab's (made now
 * when there is none). Returns whether it was taken.
 */
export function typeSecret(kind: keyof JoinSecrets, value: string): boolean {
  const pattern = kind === 'token' ? TOKEN_PATTERN : CERTIFICATE_KEY_PATTERN;
  if (!pattern.test(value)) return false;
  const secrets = { ...sessionSecrets(), [kind]: value };
  state = { secrets, origin: 'typed' };
  keep(secrets);
  tell();
  return true;
}

export function subscribeSecrets(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
