// What counts as "still in English" on the Chinese page and in Chinese generated files (e2e/chinese.spec.ts and
// tests/domain/render/chinese.test.ts). Code, identifiers, values and upstream error strings stay verbatim, so they are
// allowed; any other English word is not.

/** CJK Unified Ideographs (and extension A, compatibility). */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

// Names and terms written in Latin letters in Chinese technical text too (products, Kubernetes object kinds,
// programs and commands, Flannel backends), keys and literals of net-conf.json, and the language switch's own name for
// English. Matched whole and case-insensitively, so "Network" is allowed as the key and as a word alike.
const TERMS = new Set(
  [
    'Kubernetes', 'Flannel', 'Helm', 'chart', 'values', 'kubeadm', 'kubelet', 'kubectl', 'kustomize', 'kube-proxy', 'etcd', 'Go', 'flanneld',
    'Service', 'Services', 'Pod', 'Pods', 'ConfigMap', 'DaemonSet', 'Node', 'InternalIP', 'Linux', 'Debian', 'Talos', 'OpenStack',
    'vxlan', 'wireguard', 'udp', 'ipip', 'ipsec', 'nftables', 'iptables', 'overlay', 'sudo', 'modprobe', 'sysctl', 'tee', 'cat', 'ip', 'EOF',
    'init', 'join', 'token', 'apply', 'English', 'Server', 'localhost', 'fd', 'dual-stack', 'hostNetwork',
    // Terms Chinese technical writing keeps in English: Go's panic, an issue tracker's issue, feature stages, klog
    'panic', 'issue', 'alpha', 'beta', 'stable', 'klog',
    // net-conf.json keys and JSON literals
    'Network', 'Networks', 'Backend', 'Type', 'Mode', 'true', 'false', 'null', 'kustomization',
    // Flannel's subnet managers
    'kube',
  ].map((t) => t.toLowerCase()),
);

/** Quoted text (upstream error strings, commands, keys) is verbatim by design. */
// A single quote between two letters is an apostrophe (doesn't), not the end of a quote.
const QUOTED = /"[^"\n]*"|`[^`\n]*`|“[^”\n]*”|「[^」\n]*」|(?<![A-Za-z])'[^\n]*?'(?![A-Za-z])/g;
const URL = /https?:\/\/\S+/g;
// A token may start with code punctuation too: --iface, .zip, []Arg.
const TOKEN = /[-.[\]*]*[A-Za-z0-9][A-Za-z0-9._:/\-=[\]@+~*^$#%&|,'()]*/g;

/** A token that is code or an identifier: it holds a digit or code punctuation, or an inner capital (IPv6, podSubnet). */
function isIdentifier(token: string): boolean {
  const bare = token.replace(/^[(]+|[.,:;)'"]+$/g, '');
  if (bare === '' || /[0-9._/:=[\]@+~*^$#%&|-]/.test(bare)) return true;
  if (/^[A-Za-z][a-z]*$/.test(bare) && TERMS.has(bare.toLowerCase())) return true;
  if (/^.+[A-Z]/.test(bare)) return true;
  // One letter: a variable, a unit or a list marker.
  return bare.length === 1;
}

/** The English words left in `text` once quoted strings, URLs, identifiers and known terms are removed. */
export function englishWords(text: string): string[] {
  const stripped = text.replace(URL, ' ').replace(QUOTED, ' ');
  const words: string[] = [];
  for (const token of stripped.match(TOKEN) ?? []) {
    for (const part of token.split(/[,()]+/)) if (part && !isIdentifier(part)) words.push(part);
  }
  return words;
}

/** Why a piece of Chinese text fails, or null: it must hold Chinese and no English words. */
export function notChinese(text: string, { needsCjk = true }: { needsCjk?: boolean } = {}): string | null {
  if (needsCjk && !CJK.test(text)) return `no Chinese: ${text}`;
  const words = englishWords(text);
  return words.length ? `English words ${JSON.stringify(words)} in: ${text}` : null;
}

/** The prose lines of a Markdown file: headings, paragraphs and list items outside code fences. */
export function markdownProse(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (line.startsWith('```')) {
      fenced = !fenced;
      return false;
    }
    return !fenced && line.trim() !== '';
  });
}
