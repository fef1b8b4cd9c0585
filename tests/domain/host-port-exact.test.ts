// Go net.SplitHostPort, kubeadm ParseHostPort and RFC 1123 names: exact results for each case.
import { describe, expect, it } from 'vitest';
import { isDns1123Subdomain, parseHostPort, splitHostPort } from '../../src/domain/host-port';

describe('isDns1123Subdomain', () => {
  it.each(['a', 'cluster.local', 'a-b.c-d', '0.1', 'a'.repeat(63)])('%j is a name', (name) => {
    expect(isDns1123Subdomain(name)).toBe(true);
  });
  it.each(['', 'A', 'a_b', '-a', 'a-', 'a.', '.a', 'a..b', 'a.-b'])('%j is not', (name) => {
    expect(isDns1123Subdomain(name)).toBe(false);
  });
  it('253 characters at most', () => {
    const name = `${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(61)}`;
    expect([name.length, isDns1123Subdomain(name), isDns1123Subdomain(`${name}a`)]).toEqual([253, true, false]);
  });
});

describe('splitHostPort (Go src/net/ipsock.go)', () => {
  it.each([
    ['host:80', 'host', '80'],
    ['[fd00::1]:6443', 'fd00::1', '6443'],
    ['10.0.0.1:', '10.0.0.1', ''],
    [':80', '', '80'],
    ['[]:80', '', '80'],
    ['[fd00::1%eth0]:80', 'fd00::1%eth0', '80'],
  ])('%j → host %j, port %j', (text, host, port) => {
    expect(splitHostPort(text)).toEqual({ ok: true, host, port });
  });
  it.each([
    ['', 'missing port'],
    ['host', 'missing port'],
    ['[host', 'missing port'],
    ['[fd00::1', "missing ']'"],
    ['[fd00::1]', 'missing port'],
    ['[fd00::1]x:80', 'missing port'],
    ['[fd00::1]:80:81', 'too many colons'],
    ['fd00::1:80', 'too many colons'],
    ['a[b:80', "unexpected '['"],
    ['[a[b]:80', "unexpected '['"],
    ['a]b:80', "unexpected ']'"],
    ['[ab]:8]0', "unexpected ']'"],
  ])('%j → %s', (text, error) => {
    expect(splitHostPort(text)).toEqual({ ok: false, error });
  });
});

describe('parseHostPort (kubeadm endpoint.go)', () => {
  it.each([
    ['k8s.example.com:6443', 'k8s.example.com', '6443'],
    ['[fd00::1]:6443', 'fd00::1', '6443'],
    ['10.0.0.1:1', '10.0.0.1', '1'],
    ['10.0.0.1:65535', '10.0.0.1', '65535'],
    ['k8s:', 'k8s', ''],
    // A failed split makes the whole text the host.
    ['fd00::1', 'fd00::1', ''],
    ['fd00::1:6443', 'fd00::1:6443', ''],
    ['k8s.example.com', 'k8s.example.com', ''],
  ])('%j → host %j, port %j', (text, host, port) => {
    expect(parseHostPort(text)).toEqual({ ok: true, host, port });
  });
  it.each(['k8s:0', 'k8s:65536', 'k8s:123456', 'k8s:8x', 'k8s:-1', 'k8s:+80', 'k8s:80e1', ':6443', 'bad_host:6443', '[fd00::1]', 'Upper.example.com', ''])('%j is refused', (text) => {
    expect(parseHostPort(text)).toEqual({ ok: false });
  });
});
