// The one CIDR-list splitter (cidr.ts parseCidrList) and what is read from its pieces, at their edges.
import { describe, expect, it } from 'vitest';
import { canonicalCidrList, distinctFamilies, parseCidrList } from '../../src/domain/cidr';

describe('parseCidrList (moved from rules/context parseSubnetList)', () => {
  it('one or two entries of different families are valid; kubeadm does not trim', () => {
    expect(parseCidrList('10.244.0.0/16')).toMatchObject({ valid: true, firstFamily: 'ipv4', byFamily: { ipv4: { prefix: 16 } } });
    expect(parseCidrList('fd00::/56,10.244.0.0/16')).toMatchObject({ valid: true, firstFamily: 'ipv6' });
    expect(parseCidrList('10.244.0.0/16,10.245.0.0/16')).toMatchObject({ valid: false, firstFamily: 'ipv4' });
    expect(parseCidrList('10.244.0.0/16, fd00::/56')).toMatchObject({ valid: false, cidrs: [{ family: 'ipv4' }] });
    expect(parseCidrList('10.244.0.0/16,fd00::/56,10.1.0.0/16')).toMatchObject({ valid: false });
    expect(parseCidrList('')).toEqual({ text: '', pieces: [], cidrs: [], valid: false, byFamily: {}, firstFamily: null });
    expect(parseCidrList(',')).toMatchObject({ valid: false, cidrs: [], firstFamily: null });
  });
  it('byFamily keeps the first CIDR of each family; host bits are masked (lenient)', () => {
    const list = parseCidrList('10.244.1.0/16,10.1.0.0/16');
    expect(list.byFamily.ipv4).toMatchObject({ base: 0x0af40000n, prefix: 16 });
    expect(list.byFamily.ipv6).toBeUndefined();
    expect(list.pieces.map((p) => p.text)).toEqual(['10.244.1.0/16', '10.1.0.0/16']);
  });
});
describe('canonicalCidrList (moved from render/kubeadm canonicalList)', () => {
  it('each piece that parses in canonical form, the others as written', () => {
    expect(canonicalCidrList(parseCidrList('fd00:0:0::/56,10.244.0.0/16, x'))).toBe('fd00::/56,10.244.0.0/16, x');
    expect(canonicalCidrList(parseCidrList(''))).toBe('');
  });
});
describe('parseCidrList at its edges', () => {
  it('/0 and the full-length prefixes are entries like any other', () => {
    expect(parseCidrList('0.0.0.0/0,::/0')).toMatchObject({ valid: true, firstFamily: 'ipv4', cidrs: [{ family: 'ipv4', prefix: 0, base: 0n }, { family: 'ipv6', prefix: 0, base: 0n }] });
    expect(parseCidrList('10.0.0.1/32,fd00::1/128')).toMatchObject({ valid: true, cidrs: [{ prefix: 32 }, { prefix: 128 }] });
    expect(parseCidrList('10.0.0.0/33')).toMatchObject({ valid: false, cidrs: [], pieces: [{ text: '10.0.0.0/33', parse: { ok: false, error: 'bad-prefix' } }] });
  });
  it('IPv6 first keeps its order; three entries are read, but the list is not valid', () => {
    const v6First = parseCidrList('fd00::/56,10.244.0.0/16');
    expect(v6First.cidrs.map((c) => c.family)).toEqual(['ipv6', 'ipv4']);
    expect(v6First.byFamily.ipv6).toBe(v6First.cidrs[0]);
    const three = parseCidrList('fd00::/56,10.244.0.0/16,fd01::/56');
    expect(three).toMatchObject({ valid: false, firstFamily: 'ipv6' });
    expect(three.pieces.map((p) => p.text)).toEqual(['fd00::/56', '10.244.0.0/16', 'fd01::/56']);
    expect(three.byFamily.ipv6).toMatchObject({ prefix: 56 });
    expect(distinctFamilies(three)).toEqual(['ipv6', 'ipv4']);
  });
  it('splits on every comma, empty pieces and spaces kept as written', () => {
    expect(parseCidrList('10.244.0.0/16,').pieces.map((p) => p.text)).toEqual(['10.244.0.0/16', '']);
    expect(parseCidrList(' 10.244.0.0/16').pieces).toMatchObject([{ text: ' 10.244.0.0/16', parse: { ok: false, error: 'whitespace' } }]);
    expect(distinctFamilies(parseCidrList(''))).toEqual([]);
    expect(distinctFamilies(parseCidrList('x,10.0.0.0/16'))).toEqual(['ipv4']);
  });
  it('one list parses each piece once (cached), so the same text gives the same CIDR objects', () => {
    expect(parseCidrList('10.244.0.0/16').cidrs[0]).toBe(parseCidrList('10.244.0.0/16,fd00::/56').cidrs[0]);
  });
});
