// What is wrong with a per-family field's value: the exact problem and hint for each kind of typo.
import { describe, expect, it } from 'vitest';
import { addressFieldProblem, addressHint, cidrFieldProblem, cidrPieceHint, clip } from '../../../src/domain/rules/fields';

describe('cidrPieceHint: why one piece of podSubnet/serviceSubnet does not parse', () => {
  it.each([
    [0, 1, 'trailing-comma'],
    [1, 2, 'trailing-comma'],
    [0, 2, 'leading-comma'],
    [1, 3, 'empty-entry'],
  ])('an empty piece at %d of %d: %s', (index, count, hint) => {
    expect(cidrPieceHint('', index, count)).toEqual({ hint });
  });
  it.each([
    [' 10.244.0.0/16', { hint: 'leading-space' }],
    ['\t10.244.0.0/16', { hint: 'leading-space' }],
    [' 10.244.0.0/16 ', { hint: 'leading-space' }],
    ['10.244.0.0/16 ', { hint: 'trailing-space' }],
    ['10.244.0.0 /16', { hint: 'space' }],
    [' 10.244.0.0 /16', { hint: 'space' }],
    ['fd00:: /56', { hint: 'space' }],
    ['10.244.0.1', { hint: 'no-prefix' }],
    [' 10.244.0.1 ', { hint: 'no-prefix' }],
    ['hello', { hint: 'not-address', address: 'hello' }],
    [' hello world ', { hint: 'not-address', address: 'hello world' }],
    ['hello/16', { hint: 'not-address', address: 'hello' }],
    ['10.244.0.0/33', { hint: 'prefix-too-long', prefix: '33', bits: 32 }],
    ['fd00::/129', { hint: 'prefix-too-long', prefix: '129', bits: 128 }],
    ['fd00::/128x', { hint: 'bad-prefix', prefix: '128x', bits: 128 }],
    ['10.244.0.0/', { hint: 'bad-prefix', prefix: '', bits: 32 }],
    ['10.244.0.0/x', { hint: 'bad-prefix', prefix: 'x', bits: 32 }],
    ['10.244.0.0/16/16', { hint: 'bad-prefix', prefix: '16/16', bits: 32 }],
    ['/16', { hint: 'not-address', address: '' }],
    ['10.244.0.0/+33', { hint: 'bad-prefix', prefix: '+33', bits: 32 }],
    ['10.244.0.0/33e1', { hint: 'bad-prefix', prefix: '33e1', bits: 32 }],
  ])('%j', (piece, hint) => {
    expect(cidrPieceHint(piece, 0, 1)).toEqual(hint);
  });
  it('quotes a long address clipped', () => {
    expect(cidrPieceHint(`${'x'.repeat(100)}/16`, 0, 1)).toEqual({ hint: 'not-address', address: `${'x'.repeat(79)}…` });
    expect(cidrPieceHint('y'.repeat(100), 0, 1)).toEqual({ hint: 'not-address', address: `${'y'.repeat(79)}…` });
    expect(cidrPieceHint(`10.0.0.0/${'9'.repeat(100)}`, 0, 1)).toEqual({ hint: 'prefix-too-long', prefix: `${'9'.repeat(79)}…`, bits: 32 });
  });
});

describe('clip', () => {
  it('80 characters stay; 81 become 79 and an ellipsis', () => {
    expect(clip('a'.repeat(80))).toBe('a'.repeat(80));
    expect(clip('a'.repeat(81))).toBe(`${'a'.repeat(79)}…`);
  });
});

describe('addressHint: why advertiseAddress is not one IP', () => {
  it.each([
    ['192.168.10.11,fd00::11', 'list'],
    ['192.168.10.11,', 'list'],
    [' 192.168.10.11', 'leading-space'],
    ['192.168.10.11 ', 'trailing-space'],
    [' fd00::11 ', 'leading-space'],
    ['192.168.10.0/24', 'cidr'],
    [' 192.168.10.0/24', 'cidr'],
    ['cp-1', 'not-address'],
    ['', 'not-address'],
  ])('%j: %s', (text, hint) => {
    expect(addressHint(text)).toEqual({ hint });
  });
});

describe('cidrFieldProblem', () => {
  it('empty, blank, a piece that does not parse', () => {
    expect(cidrFieldProblem('', 'ipv4')).toEqual({ kind: 'empty' });
    expect(cidrFieldProblem('  ', 'ipv4')).toEqual({ kind: 'syntax', piece: '  ', params: { hint: 'blank' } });
    expect(cidrFieldProblem('10.244.0.0/16,x,y', 'ipv4')).toEqual({ kind: 'syntax', piece: 'x', params: { hint: 'not-address', address: 'x' } });
    expect(cidrFieldProblem('10.244.0.0/16,', 'ipv4')).toEqual({ kind: 'syntax', piece: '', params: { hint: 'trailing-comma' } });
  });
  it('the other family, or a list', () => {
    expect(cidrFieldProblem('fd00::/56', 'ipv4')).toEqual({ kind: 'family', params: { hint: 'other-family', found: 'IPv6' } });
    expect(cidrFieldProblem('10.244.0.0/16', 'ipv6')).toEqual({ kind: 'family', params: { hint: 'other-family', found: 'IPv4' } });
    expect(cidrFieldProblem('10.244.0.0/16,fd00::/56', 'ipv4')).toEqual({ kind: 'family', params: { hint: 'list', count: 2 } });
    expect(cidrFieldProblem('fd00::/56,fd01::/56,fd02::/56', 'ipv6')).toEqual({ kind: 'family', params: { hint: 'list', count: 3 } });
  });
  it('one CIDR of the family is fine', () => {
    expect(cidrFieldProblem('10.244.0.0/16', 'ipv4')).toBeNull();
    expect(cidrFieldProblem('fd00::/56', 'ipv6')).toBeNull();
  });
});

describe('addressFieldProblem (kubelet trims each piece)', () => {
  it('empty is no problem; spaces around one address are trimmed', () => {
    expect(addressFieldProblem('', 'ipv4')).toBeNull();
    expect(addressFieldProblem(' 192.168.10.11 ', 'ipv4')).toBeNull();
    expect(addressFieldProblem('fd00::11', 'ipv6')).toBeNull();
  });
  it.each([
    [' ', { hint: 'blank' }, ' '],
    ['x', { hint: 'not-address' }, 'x'],
    ['192.168.10.0/24', { hint: 'cidr' }, '192.168.10.0/24'],
    ['192.168.10.11,', { hint: 'trailing-comma' }, ''],
    [',192.168.10.11', { hint: 'leading-comma' }, ''],
    ['192.168.10.11, ,192.168.10.12', { hint: 'empty-entry' }, ' '],
    ['192.168.10.11,x', { hint: 'list' }, 'x'],
  ])('%j', (text, params, piece) => {
    expect(addressFieldProblem(text, 'ipv4')).toEqual({ kind: 'syntax', piece, params });
  });
  it('the other family, or a list', () => {
    expect(addressFieldProblem('fd00::11', 'ipv4')).toEqual({ kind: 'family', params: { hint: 'other-family', found: 'IPv6' } });
    expect(addressFieldProblem('192.168.10.11', 'ipv6')).toEqual({ kind: 'family', params: { hint: 'other-family', found: 'IPv4' } });
    expect(addressFieldProblem('192.168.10.11, fd00::11', 'ipv4')).toEqual({ kind: 'family', params: { hint: 'list', count: 2 } });
  });
});
