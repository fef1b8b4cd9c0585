import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrOf, cidrSize, containsCidr, containsIp, formatCidr, nthAddress, overlaps, parseCidr, parseIp } from '../../src/domain/cidr';

describe('parseCidr', () => {
  it.each([
    ['10.244.0.0/16', 'ipv4', 16, '10.244.0.0/16'],
    ['2001:db8:42:0::/56', 'ipv6', 56, '2001:db8:42::/56'],
    ['FD00:10:244::/56', 'ipv6', 56, 'fd00:10:244::/56'],
    ['0.0.0.0/0', 'ipv4', 0, '0.0.0.0/0'],
    ['::/0', 'ipv6', 0, '::/0'],
    ['10.0.0.1/32', 'ipv4', 32, '10.0.0.1/32'],
    ['::1/128', 'ipv6', 128, '::1/128'],
  ])('reads %s', (text, family, prefix, canonical) => {
    const parsed = parseCidr(text, 'strict');
    expect(parsed).toMatchObject({ ok: true, canonical });
    if (parsed.ok) expect([parsed.cidr.family, parsed.cidr.prefix]).toEqual([family, prefix]);
  });

  it.each([
    ['', 'empty'],
    [' 10.0.0.0/8', 'whitespace'],
    ['10.0.0.0/8 ', 'whitespace'],
    ['10.0.0.0', 'no-prefix'],
    ['10.0.0.0/33', 'bad-prefix'],
    ['fd00::/129', 'bad-prefix'],
    ['10.0.0.0/-1', 'bad-prefix'],
    ['10.0.0.0/', 'bad-prefix'],
    ['10.0.0/8', 'invalid'],
    ['256.0.0.0/8', 'invalid'],
    ['fe80::1%eth0/64', 'zone'],
    ['1:2:3:4:5:6:7:8:9/64', 'invalid'],
    ['x'.repeat(60), 'too-long'],
  ])('rejects %j with %s in both modes', (text, error) => {
    expect(parseCidr(text, 'strict')).toEqual({ ok: false, error });
    expect(parseCidr(text, 'lenient')).toEqual({ ok: false, error });
  });

  it('lenient mode reads leading zeros as decimal and masks host bits, as kubeadm does', () => {
    expect(parseCidr('010.244.000.000/16', 'lenient')).toMatchObject({ ok: true, canonical: '10.244.0.0/16', leadingZeros: true, hostBitsSet: false });
    expect(parseCidr('10.244.1.0/16', 'lenient')).toMatchObject({ ok: true, canonical: '10.244.0.0/16', hostBitsSet: true });
    expect(parseCidr('fd00::1/64', 'lenient')).toMatchObject({ ok: true, canonical: 'fd00::/64', hostBitsSet: true });
  });

  it('strict mode refuses leading zeros and host bits', () => {
    expect(parseCidr('010.244.0.0/16', 'strict')).toEqual({ ok: false, error: 'leading-zeros' });
    expect(parseCidr('10.244.1.0/16', 'strict')).toEqual({ ok: false, error: 'host-bits' });
  });
});

describe('parseIp', () => {
  it('reads both families and gives the RFC 5952 form', () => {
    expect(parseIp('2001:DB8:0:0:0:0:0:1')).toMatchObject({ ok: true, canonical: '2001:db8::1' });
    expect(parseIp('192.168.0.1')).toMatchObject({ ok: true, canonical: '192.168.0.1' });
    expect(parseIp('::ffff:10.0.0.1')).toMatchObject({ ok: true });
  });
  it('refuses lists, CIDRs and garbage', () => {
    expect(parseIp('10.0.0.1,fd00::1').ok).toBe(false);
    expect(parseIp('10.0.0.0/8').ok).toBe(false);
    expect(parseIp('01.2.3.4', 'strict')).toEqual({ ok: false, error: 'leading-zeros' });
    expect(parseIp('01.2.3.4', 'lenient').ok).toBe(true);
  });
});

describe('CIDR arithmetic', () => {
  it('size, containment, overlap and n-th address', () => {
    expect(cidrSize(cidrOf('10.96.0.0/12'))).toBe(1048576n);
    expect(cidrSize(cidrOf('fd00::/64'))).toBe(1n << 64n);
    expect(containsCidr(cidrOf('10.0.0.0/8'), cidrOf('10.244.0.0/16'))).toBe(true);
    expect(containsCidr(cidrOf('10.244.0.0/16'), cidrOf('10.0.0.0/8'))).toBe(false);
    expect(containsCidr(cidrOf('10.0.0.0/8'), cidrOf('fd00::/8'))).toBe(false);
    expect(overlaps(cidrOf('2001:db8:42::/56'), cidrOf('2001:db8:42:1::/112'))).toBe(true);
    expect(overlaps(cidrOf('10.244.0.0/16'), cidrOf('10.96.0.0/12'))).toBe(false);
    expect(nthAddress(cidrOf('10.96.0.0/12'), 1)).toBe('10.96.0.1');
    expect(nthAddress(cidrOf('10.96.0.0/12'), 10)).toBe('10.96.0.10');
    expect(nthAddress(cidrOf('fd00:10:96::/112'), 10)).toBe('fd00:10:96::a');
    expect(nthAddress(cidrOf('10.0.0.0/30'), 4)).toBeNull();
    expect(containsIp(cidrOf('10.0.0.0/8'), { family: 'ipv4', value: 0x0a000001n })).toBe(true);
  });
});

describe('properties', () => {
  it('random strings never throw in either mode', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        parseCidr(text, 'strict');
        parseCidr(text, 'lenient');
        parseIp(text, 'lenient');
      }),
      { numRuns: 2000 },
    );
  });

  const anyCidr = fc.oneof(
    fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 })).map(([ip, p]) => `${ip}/${p}`),
    fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 })).map(([ip, p]) => `${ip}/${p}`),
  );

  it('canonicalisation is idempotent and keeps the network', () => {
    fc.assert(
      fc.property(anyCidr, (text) => {
        const first = parseCidr(text, 'lenient');
        if (!first.ok) throw new Error(`did not parse: ${text}`);
        const second = parseCidr(first.canonical, 'strict');
        expect(second).toMatchObject({ ok: true, canonical: first.canonical });
        if (second.ok) expect(formatCidr(second.cidr)).toBe(first.canonical);
      }),
      { numRuns: 2000 },
    );
  });

  it('every generated CIDR parses leniently', () => {
    fc.assert(fc.property(anyCidr, (text) => parseCidr(text, 'lenient').ok), { numRuns: 1000 });
  });
});
