// Flannel in kube-subnet-mgr mode (what kubeadm users run), by version, as read from flannel-io/flannel's tags v0.15.0–v0.28.9.
import { type Cidr, type CidrParse, parseIp } from '../../cidr';
import { NEWEST_FLANNEL, type Semver, compareSemver, flannelIn, formatSemver, parseFlannelVersion } from '../../versions';
import type { RuleContext } from '../context';
import type { PlanFix } from '../types';

export const v = (text: string): Semver => parseFlannelVersion(text)!;

export const atLeast = (ctx: RuleContext, text: string): boolean => compareSemver(ctx.flannel, v(text)) >= 0;

export const inRange = (ctx: RuleContext, from: string, to: string): boolean => flannelIn(ctx.flannel, { from, to });

export const version = (ctx: RuleContext): string => formatSemver(ctx.flannel);

/** backend.Register names by version: wireguard from v0.16.0; aws-vpc, gce, ali-vpc removed in v0.20.0 (bb657386). */
export function knownBackends(flannel: Semver): Set<string> {
  const names = ['vxlan', 'host-gw', 'udp', 'ipip', 'ipsec', 'alloc', 'extension', 'tencent-vpc'];
  if (compareSemver(flannel, v('0.16.0')) >= 0) names.push('wireguard');
  if (compareSemver(flannel, v('0.20.0')) < 0) names.push('aws-vpc', 'gce', 'ali-vpc');
  return new Set(names);
}

export const upgradeFix = (to: string = NEWEST_FLANNEL): PlanFix => ({ label: 'set-flannel-version', params: { version: to }, set: [{ field: 'flannelVersion', value: to }] });

export function networkCidr(parse: CidrParse | null): Cidr | null {
  return parse?.ok && !parse.leadingZeros ? parse.cidr : null;
}

/** The pod CIDRs kubeadm hands to the controller manager, when known. */
export function podCidr(ctx: RuleContext, family: 'ipv4' | 'ipv6'): Cidr | undefined {
  return ctx.scopes.has('kubeadm') ? ctx.podSubnet.byFamily[family] : undefined;
}

/**
 * Network/IPv6Network that net-conf.json gets from a pod CIDR field (no value read from a file) holding a typo: the
 * pod field's own rule reports it there, so the Flannel rules do not count it a second time.
 */
export function derivedFromBadField(ctx: RuleContext, key: 'network' | 'ipv6Network'): boolean {
  return ctx.plan.flannel[key] === undefined && ctx.fieldProblems.has(key === 'network' ? 'podCidr.ipv4' : 'podCidr.ipv6');
}

export const podFieldsBad = (ctx: RuleContext): boolean => ctx.fieldProblems.has('podCidr.ipv4') || ctx.fieldProblems.has('podCidr.ipv6');

export const podHasOnlyIpv6 = (ctx: RuleContext): boolean =>
  ctx.scopes.has('kubeadm') && !podFieldsBad(ctx) && ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 1 && ctx.podSubnet.firstFamily === 'ipv6';

/** The ≤ v0.19.x ParseConfig checks (flannel subnet/config.go at v0.19.2), returning the fatal messages with their capitalisation. */
export function legacySubnetChecks(ctx: RuleContext): string[] {
  const messages: string[] = [];
  const f = ctx.plan.flannel;
  for (const family of ['ipv4', 'ipv6'] as const) {
    const enabled = family === 'ipv4' ? ctx.netConf.enableIPv4 : ctx.netConf.enableIPv6;
    if (!enabled) continue;
    const name = family === 'ipv4' ? 'Network' : 'IPv6Network';
    const prefix = family === 'ipv4' ? '' : 'IPv6';
    const network = networkCidr(family === 'ipv4' ? ctx.netConf.networkParse : ctx.netConf.ipv6NetworkParse);
    // Empty or unparsable networks are reported by their own rules.
    if (!network || network.family !== family) continue;
    const bits = family === 'ipv4' ? 32 : 128;
    const maxLen = family === 'ipv4' ? 30 : 126;
    const explicitLen = family === 'ipv4' ? f.subnetLen : f.ipv6SubnetLen;
    let subnetLen: number;
    if (explicitLen !== undefined && explicitLen > 0) {
      if (explicitLen > maxLen) {
        messages.push(`SubnetLen must be less than /${maxLen + 1}`);
        continue;
      }
      if (explicitLen < network.prefix + 2) {
        messages.push('Network must be able to accommodate at least four subnets');
        continue;
      }
      subnetLen = explicitLen;
    } else {
      const tooSmall = family === 'ipv4' ? 28 : 124;
      if (network.prefix > tooSmall) {
        messages.push(`${name} is too small. Minimum useful network prefix is /${tooSmall}`);
        continue;
      }
      subnetLen = network.prefix <= (family === 'ipv4' ? 22 : 62) ? (family === 'ipv4' ? 24 : 64) : network.prefix + 2;
    }
    const step = 1n << BigInt(bits - subnetLen);
    for (const [key, value] of [[`${prefix}SubnetMin`, family === 'ipv4' ? f.subnetMin : f.ipv6SubnetMin], [`${prefix}SubnetMax`, family === 'ipv4' ? f.subnetMax : f.ipv6SubnetMax]] as const) {
      if (value === undefined) continue;
      const ip = parseIp(value, 'lenient');
      if (!ip.ok || ip.ip.family !== family) {
        if (family === 'ipv4') messages.push('Invalid IP address format');
        continue;
      }
      const end = network.base + (1n << BigInt(bits - network.prefix)) - 1n;
      if (ip.ip.value < network.base || ip.ip.value > end) messages.push(`${key} is not in the range of the ${name}`);
      else if ((ip.ip.value - network.base) % step !== 0n) messages.push(`${key} is not on a SubnetLen boundary: ${value}`);
    }
  }
  return messages;
}

// Field limits (issue 17): values Linux or Flannel refuse, said at the field where they are typed. The renderers
// write them as typed, so kube-flannel refuses them too, never a silent default.

/** Linux include/uapi/linux/if.h IFNAMSIZ: 16 bytes with the terminating NUL. */
export const IFNAMSIZ = 16;

/** UTF-8 bytes of a string, as the kernel sees a name (a lone surrogate as U+FFFD). */
export function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    let cp = char.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

// Linux lib/ctype.c isspace: \t \n \v \f \r, space and 0xA0 (a byte of some UTF-8 characters, e.g. "à").
export const KERNEL_SPACE = new Set([9, 10, 11, 12, 13, 32, 0xa0]);

/**
 * Why Linux could never have an interface of this name (net/core/dev.c dev_valid_name), or null: empty, 16 bytes or
 * more, "." or "..", a "/", ":" or white space.
 */
export function interfaceNameProblem(name: string): { hint: string; bytes: number } | null {
  const bytes = utf8(name);
  if (bytes.length === 0) return { hint: 'empty', bytes: 0 };
  if (bytes.length >= IFNAMSIZ) return { hint: 'too-long', bytes: bytes.length };
  if (name === '.' || name === '..') return { hint: 'dot', bytes: bytes.length };
  if (bytes.some((b) => KERNEL_SPACE.has(b))) return { hint: 'space', bytes: bytes.length };
  if (bytes.includes(0x2f)) return { hint: 'slash', bytes: bytes.length };
  if (bytes.includes(0x3a)) return { hint: 'colon', bytes: bytes.length };
  return null;
}
