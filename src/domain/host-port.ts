// Host, port and DNS name syntax as Go and Kubernetes read them; shared by the rules and the permalink decoder.
import { parseIp } from './cidr';

// RFC 1123 subdomain, as k8s.io/apimachinery validation.IsDNS1123Subdomain.
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const isDns1123Subdomain = (text: string): boolean => text.length <= 253 && DNS1123_SUBDOMAIN.test(text);

export type HostPortSplit =
  | { ok: true; host: string; port: string }
  | { ok: false; error: 'missing port' | 'too many colons' | "missing ']'" | "unexpected '['" | "unexpected ']'" };

/** Go net.SplitHostPort (src/net/ipsock.go); `error` is its message less the trailing " in address". */
export function splitHostPort(text: string): HostPortSplit {
  // The port starts after the last colon.
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { ok: false, error: 'missing port' };
  let host: string;
  let j = 0;
  let k = 0;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0) return { ok: false, error: "missing ']'" };
    if (end + 1 === text.length) return { ok: false, error: 'missing port' };
    // ']' must come just before the last colon.
    if (end + 1 !== colon) return { ok: false, error: text[end + 1] === ':' ? 'too many colons' : 'missing port' };
    host = text.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = text.slice(0, colon);
    if (host.includes(':')) return { ok: false, error: 'too many colons' };
  }
  if (text.slice(j).includes('[')) return { ok: false, error: "unexpected '['" };
  if (text.slice(k).includes(']')) return { ok: false, error: "unexpected ']'" };
  return { ok: true, host, port: text.slice(colon + 1) };
}

const validPort = (port: string): boolean => /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535;

/** kubeadm endpoint.go ParseHostPort: a failed split makes the whole string the host. */
export function parseHostPort(text: string): { ok: true; host: string; port: string } | { ok: false } {
  const split = splitHostPort(text);
  const host = split.ok ? split.host : text;
  const port = split.ok ? split.port : '';
  if (port !== '' && !validPort(port)) return { ok: false };
  if (parseIp(host, 'lenient').ok || isDns1123Subdomain(host)) return { ok: true, host, port };
  return { ok: false };
}
