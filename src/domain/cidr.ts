// IP and CIDR helpers. Addresses are BigInts so IPv4 and IPv6 share one arithmetic.
import ipaddr from 'ipaddr.js';

export type Family = 'ipv4' | 'ipv6';
export const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];

declare const cidrBrand: unique symbol;
declare const ipBrand: unique symbol;

interface CidrShape<F extends Family> {
  readonly family: F;
  /** Network address, host bits cleared. */
  readonly base: bigint;
  readonly prefix: number;
}
export type Ipv4Cidr = CidrShape<'ipv4'> & { readonly [cidrBrand]: 'ipv4' };
export type Ipv6Cidr = CidrShape<'ipv6'> & { readonly [cidrBrand]: 'ipv6' };
/** A CIDR that passed parsing; build one only through parseCidr. */
export type Cidr = Ipv4Cidr | Ipv6Cidr;

export interface IpAddress {
  readonly family: Family;
  readonly value: bigint;
  readonly [ipBrand]: true;
}

/**
 * strict: the form we generate and recommend (no IPv4 leading zeros, no host bits).
 * lenient: k8s.io/utils/net ParseCIDRSloppy as kubeadm uses it: leading zeros read as decimal, host bits masked.
 */
export type ParseMode = 'strict' | 'lenient';

export type AddressError = 'empty' | 'whitespace' | 'too-long' | 'zone' | 'invalid';
export type CidrError = AddressError | 'no-prefix' | 'bad-prefix' | 'leading-zeros' | 'host-bits';

export type IpParse =
  | { ok: true; ip: IpAddress; leadingZeros: boolean; canonical: string }
  | { ok: false; error: AddressError | 'leading-zeros' };

export type CidrParse =
  | { ok: true; cidr: Cidr; hostBitsSet: boolean; leadingZeros: boolean; canonical: string }
  | { ok: false; error: CidrError };

// Longest textual IPv6 address with embedded IPv4 is 45 characters; anything longer is not an address.
const MAX_ADDRESS_LENGTH = 45;

export const bitsOf = (family: Family): 32 | 128 => (family === 'ipv4' ? 32 : 128);

function parseIpv4Parts(text: string): { value: bigint; leadingZeros: boolean } | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  let leadingZeros = false;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    if (part.length > 1 && part.startsWith('0')) leadingZeros = true;
    value = (value << 8n) | BigInt(n);
  }
  return { value, leadingZeros };
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return null;
  if (!ipaddr.IPv6.isValid(text)) return null;
  let value = 0n;
  for (const byte of ipaddr.IPv6.parse(text).toByteArray()) value = (value << 8n) | BigInt(byte);
  return value;
}

// The page re-checks the same few addresses on every keystroke; parsing through ipaddr.js is the costly part.
// Results are immutable, so a small cache per function is safe.
const CACHE_LIMIT = 2000;
function cached<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
const ipCache = new Map<string, IpParse>();
const cidrCache = new Map<string, CidrParse>();

/** Parses one IP address. Never throws. */
export function parseIp(text: string, mode: ParseMode = 'strict'): IpParse {
  if (typeof text !== 'string' || text.length > MAX_ADDRESS_LENGTH) return parseIpUncached(text, mode);
  return cached(ipCache, `${mode}|${text}`, () => parseIpUncached(text, mode));
}

function parseIpUncached(text: string, mode: ParseMode): IpParse {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, error: 'empty' };
  if (text.length > MAX_ADDRESS_LENGTH) return { ok: false, error: 'too-long' };
  if (/\s/.test(text)) return { ok: false, error: 'whitespace' };
  if (text.includes('%')) return { ok: false, error: 'zone' };
  const v4 = parseIpv4Parts(text);
  if (v4) {
    if (v4.leadingZeros && mode === 'strict') return { ok: false, error: 'leading-zeros' };
    const ip = makeIp('ipv4', v4.value);
    return { ok: true, ip, leadingZeros: v4.leadingZeros, canonical: formatIp(ip) };
  }
  const v6 = parseIpv6(text);
  if (v6 === null) return { ok: false, error: 'invalid' };
  const ip = makeIp('ipv6', v6);
  return { ok: true, ip, leadingZeros: false, canonical: formatIp(ip) };
}

/** Parses "address/prefix". Never throws. */
export function parseCidr(text: string, mode: ParseMode = 'strict'): CidrParse {
  if (typeof text !== 'string' || text.length > MAX_ADDRESS_LENGTH + 4) return parseCidrUncached(text, mode);
  return cached(cidrCache, `${mode}|${text}`, () => parseCidrUncached(text, mode));
}

function parseCidrUncached(text: string, mode: ParseMode): CidrParse {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, error: 'empty' };
  if (text.length > MAX_ADDRESS_LENGTH + 4) return { ok: false, error: 'too-long' };
  if (/\s/.test(text)) return { ok: false, error: 'whitespace' };
  const slash = text.indexOf('/');
  if (slash < 0) return { ok: false, error: 'no-prefix' };
  const address = parseIp(text.slice(0, slash), 'lenient');
  if (!address.ok) return { ok: false, error: address.error };
  const prefixText = text.slice(slash + 1);
  const bits = bitsOf(address.ip.family);
  // Go's net.ParseCIDR reads the prefix as plain decimal digits.
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > bits) return { ok: false, error: 'bad-prefix' };
  const prefix = Number(prefixText);
  const base = address.ip.value & netmask(bits, prefix);
  const hostBitsSet = base !== address.ip.value;
  if (mode === 'strict') {
    if (address.leadingZeros) return { ok: false, error: 'leading-zeros' };
    if (hostBitsSet) return { ok: false, error: 'host-bits' };
  }
  const cidr = { family: address.ip.family, base, prefix } as Cidr;
  return { ok: true, cidr, hostBitsSet, leadingZeros: address.leadingZeros, canonical: formatCidr(cidr) };
}

function netmask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function makeIp(family: Family, value: bigint): IpAddress {
  return { family, value } as IpAddress;
}

export function formatIp(ip: { family: Family; value: bigint }): string {
  if (ip.family === 'ipv4') {
    const v = ip.value;
    return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 255n)).join('.');
  }
  const bytes: number[] = [];
  for (let shift = 120n; shift >= 0n; shift -= 8n) bytes.push(Number((ip.value >> shift) & 255n));
  // RFC 5952 form, which is also how Go prints IPv6 addresses.
  return new ipaddr.IPv6(bytes).toRFC5952String();
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIp({ family: cidr.family, value: cidr.base })}/${cidr.prefix}`;
}

/** Number of addresses in the CIDR. */
export function cidrSize(cidr: Cidr): bigint {
  return 1n << BigInt(bitsOf(cidr.family) - cidr.prefix);
}

export function lastAddress(cidr: Cidr): bigint {
  return cidr.base + cidrSize(cidr) - 1n;
}

export function containsIp(cidr: Cidr, ip: { family: Family; value: bigint }): boolean {
  return cidr.family === ip.family && ip.value >= cidr.base && ip.value <= lastAddress(cidr);
}

/** True when inner lies entirely inside outer. */
export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.prefix <= inner.prefix && containsIp(outer, { family: inner.family, value: inner.base });
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.base <= lastAddress(b) && b.base <= lastAddress(a);
}

/** The n-th address of the CIDR (0 = network address); null when the CIDR is too small. */
export function nthAddress(cidr: Cidr, n: number | bigint): string | null {
  const offset = BigInt(n);
  if (offset < 0n || offset >= cidrSize(cidr)) return null;
  return formatIp({ family: cidr.family, value: cidr.base + offset });
}

/** Parses a CIDR we already know to be valid, e.g. a constant. Throws on programmer error only. */
export function cidrOf(text: string): Cidr {
  const parsed = parseCidr(text, 'lenient');
  if (!parsed.ok) throw new Error(`not a CIDR: ${text}`);
  return parsed.cidr;
}

export const otherFamily = (family: Family): Family => (family === 'ipv4' ? 'ipv6' : 'ipv4');

export const familyLabel = (family: Family): string => (family === 'ipv4' ? 'IPv4' : 'IPv6');

export interface CidrListPiece {
  text: string;
  parse: CidrParse;
}

/** A comma-separated CIDR list (podSubnet, serviceSubnet, a per-family field) read as kubeadm reads it. */
export interface CidrList {
  text: string;
  pieces: CidrListPiece[];
  /** Pieces that parse, in order. */
  cidrs: Cidr[];
  /** True when every piece parses and there are one or two, one per family: kubeadm ValidateIPNetFromString. */
  valid: boolean;
  /** The first CIDR of each family. */
  byFamily: Partial<Record<Family, Cidr>>;
  firstFamily: Family | null;
}

/**
 * The one CIDR-list splitter: kubeadm splits on "," with no trimming (validation.go ValidateIPNetFromString) and
 * reads each piece leniently (ParseCIDRSloppy). "" is no piece at all. Each piece's parse is cached (parseCidr).
 */
export function parseCidrList(text: string): CidrList {
  const pieces = text === '' ? [] : text.split(',').map((piece) => ({ text: piece, parse: parseCidr(piece, 'lenient') }));
  const cidrs = pieces.flatMap((piece) => (piece.parse.ok ? [piece.parse.cidr] : []));
  const byFamily: Partial<Record<Family, Cidr>> = {};
  for (const cidr of cidrs) byFamily[cidr.family] ??= cidr;
  const allParse = cidrs.length === pieces.length;
  const valid = allParse && (cidrs.length === 1 || (cidrs.length === 2 && cidrs[0]!.family !== cidrs[1]!.family));
  return { text, pieces, cidrs, valid, byFamily, firstFamily: cidrs[0]?.family ?? null };
}

/** The list with each piece that parses in canonical form; anything else stays as written so its error stays visible. */
export const canonicalCidrList = (list: CidrList): string => list.pieces.map((piece) => (piece.parse.ok ? piece.parse.canonical : piece.text)).join(',');

/** The families of the pieces that parse, in order, once each. */
export const distinctFamilies = (list: CidrList): Family[] => [...new Set(list.cidrs.map((cidr) => cidr.family))];
