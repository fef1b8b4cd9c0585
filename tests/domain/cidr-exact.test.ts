// Exact behaviour of the address and CIDR helpers at their edges: what each input reads as, or why it is refused.
import { describe, expect, it } from 'vitest';
import {
  type Cidr,
  bitsOf,
  cidrOf,
  cidrSize,
  containsCidr,
  containsIp,
  familyLabel,
  formatCidr,
  formatIp,
  lastAddress,
  nthAddress,
  otherFamily,
  overlaps,
  parseCidr,
  parseIp,
} from '../../src/domain/cidr';

const v4 = (text: string) => ({ family: 'ipv4' as const, value: (parseIp(text) as { ip: { value: bigint } }).ip.value });

describe('parseIp at its edges', () => {
  it('refuses the empty string and non-strings as empty', () => {
    expect(parseIp('')).toEqual({ ok: false, error: 'empty' });
    expect(parseIp(undefined as unknown as string)).toEqual({ ok: false, error: 'empty' });
    expect(parseIp(42 as unknown as string, 'lenient')).toEqual({ ok: false, error: 'empty' });
  });

  it('reads 45 characters (the longest IPv6 text) and refuses 46', () => {
    const longest = '0000:0000:0000:0000:0000:ffff:192.168.100.200';
    expect(longest).toHaveLength(45);
    expect(parseIp(longest)).toMatchObject({ ok: true, canonical: '::ffff:c0a8:64c8' });
    expect(parseIp(`0${longest}`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('names whitespace, zones and garbage', () => {
    expect(parseIp('10.0.0.1 ')).toEqual({ ok: false, error: 'whitespace' });
    expect(parseIp('10.0.\t0.1')).toEqual({ ok: false, error: 'whitespace' });
    expect(parseIp('fe80::1%eth0')).toEqual({ ok: false, error: 'zone' });
    expect(parseIp('10.0.0')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('10.0.0.1.2')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('10.0.0.256')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('10.0.0.1a')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('10.0.0.0001')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('10.0..1')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('fd00::g')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('fd00')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIp('fd00:::1')).toEqual({ ok: false, error: 'invalid' });
  });

  it('reads every IPv4 octet from 0 to 255 and its exact value', () => {
    expect(parseIp('255.255.255.255')).toMatchObject({ ok: true, leadingZeros: false, canonical: '255.255.255.255', ip: { family: 'ipv4', value: 0xffffffffn } });
    expect(parseIp('0.0.0.0')).toMatchObject({ ok: true, leadingZeros: false, ip: { family: 'ipv4', value: 0n } });
    expect(parseIp('1.2.3.4')).toMatchObject({ ip: { value: 0x01020304n } });
  });

  it('a lone 0 is not a leading zero; 00 and 010 are, in any octet', () => {
    expect(parseIp('10.0.0.0', 'strict')).toMatchObject({ ok: true, leadingZeros: false });
    for (const text of ['00.1.2.3', '1.00.2.3', '1.2.010.3', '1.2.3.09']) {
      expect(parseIp(text, 'strict'), text).toEqual({ ok: false, error: 'leading-zeros' });
      expect(parseIp(text, 'lenient'), text).toMatchObject({ ok: true, leadingZeros: true });
    }
    expect(parseIp('010.001.000.009', 'lenient')).toMatchObject({ ok: true, canonical: '10.1.0.9', leadingZeros: true });
  });

  it('IPv6: exact value, RFC 5952 text, never leading zeros', () => {
    expect(parseIp('::1')).toMatchObject({ ok: true, leadingZeros: false, canonical: '::1', ip: { family: 'ipv6', value: 1n } });
    expect(parseIp('0001:0:0:1:0:0:0:1')).toMatchObject({ ok: true, leadingZeros: false, canonical: '1:0:0:1::1' });
    expect(parseIp('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toMatchObject({ ip: { value: (1n << 128n) - 1n } });
    expect(parseIp('::ffff:10.0.0.1')).toMatchObject({ ok: true, canonical: '::ffff:a00:1', ip: { family: 'ipv6', value: 0xffff0a000001n } });
  });

  it('gives the same answer on a repeated question (cached)', () => {
    const first = parseIp('192.168.7.7', 'lenient');
    expect(parseIp('192.168.7.7', 'lenient')).toEqual(first);
    expect(parseIp('01.2.3.4', 'strict')).toEqual({ ok: false, error: 'leading-zeros' });
    expect(parseIp('01.2.3.4', 'lenient')).toMatchObject({ ok: true });
    expect(parseIp('01.2.3.4', 'strict')).toEqual({ ok: false, error: 'leading-zeros' });
  });
});

describe('parseCidr at its edges', () => {
  it('looks at up to 49 characters (address and prefix) and refuses 50 as too long', () => {
    expect(parseCidr('0000:0000:0000:0000:0000:ffff:192.168.100.0/120')).toMatchObject({ ok: true, canonical: '::ffff:c0a8:6400/120' });
    expect(parseCidr(`${'0'.repeat(45)}/128`)).toEqual({ ok: false, error: 'invalid' });
    expect(parseCidr(`${'0'.repeat(46)}/128`)).toEqual({ ok: false, error: 'too-long' });
    expect(parseCidr(`${'0'.repeat(45)}/1280`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('refuses non-strings as empty, and passes on the address error', () => {
    expect(parseCidr(null as unknown as string)).toEqual({ ok: false, error: 'empty' });
    expect(parseCidr('/8')).toEqual({ ok: false, error: 'empty' });
    expect(parseCidr('fe80::%1/64')).toEqual({ ok: false, error: 'zone' });
    expect(parseCidr('10.0.0.0/8/8')).toEqual({ ok: false, error: 'bad-prefix' });
  });

  it('prefixes: up to 3 decimal digits, at most the family width', () => {
    expect(parseCidr('10.0.0.0/08')).toMatchObject({ ok: true, canonical: '10.0.0.0/8', cidr: { prefix: 8 } });
    expect(parseCidr('10.0.0.0/032')).toMatchObject({ ok: true, cidr: { prefix: 32 } });
    expect(parseCidr('10.0.0.0/0032')).toEqual({ ok: false, error: 'bad-prefix' });
    expect(parseCidr('10.0.0.0/33')).toEqual({ ok: false, error: 'bad-prefix' });
    expect(parseCidr('10.0.0.0/+8')).toEqual({ ok: false, error: 'bad-prefix' });
    expect(parseCidr('10.0.0.0/8a')).toEqual({ ok: false, error: 'bad-prefix' });
    expect(parseCidr('fd00::/128')).toMatchObject({ ok: true, cidr: { prefix: 128 } });
    expect(parseCidr('fd00::/129')).toEqual({ ok: false, error: 'bad-prefix' });
  });

  it('masks exactly the host bits', () => {
    expect(parseCidr('255.255.255.255/0', 'lenient')).toMatchObject({ ok: true, canonical: '0.0.0.0/0', hostBitsSet: true, cidr: { base: 0n } });
    expect(parseCidr('255.255.255.255/1', 'lenient')).toMatchObject({ canonical: '128.0.0.0/1', cidr: { base: 0x80000000n } });
    expect(parseCidr('10.1.2.3/31', 'lenient')).toMatchObject({ canonical: '10.1.2.2/31', hostBitsSet: true });
    expect(parseCidr('10.1.2.3/32', 'lenient')).toMatchObject({ canonical: '10.1.2.3/32', hostBitsSet: false });
    expect(parseCidr('fd00::3/127', 'lenient')).toMatchObject({ canonical: 'fd00::2/127', hostBitsSet: true });
    expect(parseCidr('fd00:1:2:3:4:5:6:7/64', 'lenient')).toMatchObject({ canonical: 'fd00:1:2:3::/64', hostBitsSet: true });
  });

  it('lenient results say what was tolerated; strict refuses leading zeros before host bits', () => {
    expect(parseCidr('10.244.0.0/16', 'lenient')).toEqual({ ok: true, cidr: { family: 'ipv4', base: 0x0af40000n, prefix: 16 }, hostBitsSet: false, leadingZeros: false, canonical: '10.244.0.0/16' });
    expect(parseCidr('010.244.0.1/16', 'lenient')).toMatchObject({ ok: true, leadingZeros: true, hostBitsSet: true, canonical: '10.244.0.0/16' });
    expect(parseCidr('010.244.0.1/16', 'strict')).toEqual({ ok: false, error: 'leading-zeros' });
    expect(parseCidr('fd00::/56')).toEqual({ ok: true, cidr: { family: 'ipv6', base: 0xfd00n << 112n, prefix: 56 }, hostBitsSet: false, leadingZeros: false, canonical: 'fd00::/56' });
  });

  it('the default mode is strict', () => {
    expect(parseCidr('10.244.1.0/16')).toEqual({ ok: false, error: 'host-bits' });
    expect(parseIp('01.2.3.4')).toEqual({ ok: false, error: 'leading-zeros' });
  });
});

describe('formatting', () => {
  it('IPv4 dotted quads and IPv6 in RFC 5952 form', () => {
    expect(formatIp({ family: 'ipv4', value: 0xc0a80a0bn })).toBe('192.168.10.11');
    expect(formatIp({ family: 'ipv4', value: 0xffffffffn })).toBe('255.255.255.255');
    expect(formatIp({ family: 'ipv6', value: 0n })).toBe('::');
    expect(formatIp({ family: 'ipv6', value: (1n << 128n) - 1n })).toBe('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
    expect(formatIp({ family: 'ipv6', value: (0x2001n << 112n) | (0xdb8n << 96n) | 0xffn })).toBe('2001:db8::ff');
    expect(formatIp({ family: 'ipv6', value: 1n << 127n })).toBe('8000::');
    expect(formatCidr(cidrOf('fd00:10:244::/56'))).toBe('fd00:10:244::/56');
  });
});

describe('arithmetic at the edges', () => {
  const net = cidrOf('10.0.0.0/24');
  it('size and last address', () => {
    expect(cidrSize(cidrOf('10.0.0.1/32'))).toBe(1n);
    expect(cidrSize(cidrOf('0.0.0.0/0'))).toBe(1n << 32n);
    expect(cidrSize(cidrOf('::/0'))).toBe(1n << 128n);
    expect(lastAddress(net)).toBe(0x0a0000ffn);
    expect(lastAddress(cidrOf('fd00::/127'))).toBe((0xfd00n << 112n) + 1n);
  });

  it('containsIp: first and last address inside, one beyond each end outside, other family outside', () => {
    expect(containsIp(net, v4('10.0.0.0'))).toBe(true);
    expect(containsIp(net, v4('10.0.0.255'))).toBe(true);
    expect(containsIp(net, v4('10.0.1.0'))).toBe(false);
    expect(containsIp(net, v4('9.255.255.255'))).toBe(false);
    expect(containsIp(net, { family: 'ipv6', value: 0x0a000001n })).toBe(false);
  });

  it('containsCidr: equal is contained; a shorter prefix at the same base is not; families never mix', () => {
    expect(containsCidr(net, cidrOf('10.0.0.0/24'))).toBe(true);
    expect(containsCidr(net, cidrOf('10.0.0.255/32'))).toBe(true);
    expect(containsCidr(net, cidrOf('10.0.0.0/23'))).toBe(false);
    expect(containsCidr(net, cidrOf('10.0.1.0/25'))).toBe(false);
    expect(containsCidr(cidrOf('::/0'), cidrOf('10.0.0.0/8'))).toBe(false);
  });

  it('overlaps: touching ranges overlap, adjacent ones do not, in either order', () => {
    const pairs: Array<[string, string, boolean]> = [
      ['10.0.0.0/24', '10.0.1.0/24', false],
      ['10.0.0.0/23', '10.0.1.0/24', true],
      ['10.0.0.255/32', '10.0.0.0/24', true],
      ['10.0.0.0/32', '10.0.0.0/24', true],
      ['10.0.1.0/32', '10.0.0.0/24', false],
      ['9.255.255.255/32', '10.0.0.0/24', false],
      ['::/0', '0.0.0.0/0', false],
    ];
    for (const [a, b, want] of pairs) {
      expect(overlaps(cidrOf(a), cidrOf(b)), `${a} ${b}`).toBe(want);
      expect(overlaps(cidrOf(b), cidrOf(a)), `${b} ${a}`).toBe(want);
    }
  });

  it('nthAddress: 0 is the network, size-1 the last, size and negatives are null', () => {
    const small: Cidr = cidrOf('10.0.0.0/30');
    expect(nthAddress(small, 0)).toBe('10.0.0.0');
    expect(nthAddress(small, 3)).toBe('10.0.0.3');
    expect(nthAddress(small, 3n)).toBe('10.0.0.3');
    expect(nthAddress(small, 4)).toBeNull();
    expect(nthAddress(small, -1)).toBeNull();
    expect(nthAddress(cidrOf('10.0.0.9/32'), 0)).toBe('10.0.0.9');
    expect(nthAddress(cidrOf('10.0.0.9/32'), 1)).toBeNull();
  });

  it('cidrOf reads lenient text and throws with the text on a programmer error', () => {
    expect(formatCidr(cidrOf('010.0.0.1/8'))).toBe('10.0.0.0/8');
    expect(() => cidrOf('nope')).toThrow('not a CIDR: nope');
  });

  it('family helpers', () => {
    expect([bitsOf('ipv4'), bitsOf('ipv6')]).toEqual([32, 128]);
    expect([otherFamily('ipv4'), otherFamily('ipv6')]).toEqual(['ipv6', 'ipv4']);
    expect([familyLabel('ipv4'), familyLabel('ipv6')]).toEqual(['IPv4', 'IPv6']);
  });
});
