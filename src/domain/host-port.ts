// Host, port and DNS name syntax as Go and Kubernetes read them; shared by the rules and the permalink decoder.
import { parseIp } from './cidr';

// RFC 1123 subdomain, as k8s.io/apimachinery validation.IsDNS1123Subdomain.
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const isDns1123Subdomain = (text: string): boolean => text.length <= 253 && DNS1123_SUBDOMAIN.test(text);

export type HostPortSplit = { ok: true; host: string; port: string } | { ok: false; error: 'missing port' | 'too many colons' | 'missing ]' };

/** Go net.SplitHostPort. */
export function splitHostPort(text: string): HostPortSplit {
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0) return { ok: false, error: 'missing ]' };
    const rest = text.slice(end + 1);
    if (rest === '') return { ok: false, error: 'missing port' };
    if (!rest.startsWith(':') || rest.slice(1).includes(':')) return { ok: false, error: 'too many colons' };
    return { ok: true, host: text.slice(1, end), port: rest.slice(1) };
  }
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { ok: false, error: 'missing port' };
  if (text.slice(0, colon).includes(':')) return { ok: false, error: 'too many colons' };
  return { ok: true, host: text.slice(0, colon), port: text.slice(colon + 1) };
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
