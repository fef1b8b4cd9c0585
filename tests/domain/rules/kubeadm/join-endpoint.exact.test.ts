// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { explanation, findings } from '../../../helpers';
import { validate, withNodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-join-endpoint', () => {
  const id = 'kubeadm-join-endpoint';
  const joining = (...endpoints: Array<string | undefined>) =>
    withNodes(
      {},
      { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' },
      ...endpoints.map((joinEndpoint, i) => ({ name: `w-${i + 1}`, role: 'worker' as const, ipv4: `192.168.10.${21 + i}`, ipv6: `fd00::${21 + i}`, ...(joinEndpoint === undefined ? {} : { joinEndpoint }) })),
    );
  it('each node whose endpoint net.SplitHostPort refuses, at that node', () => {
    expect(findings(joining('10.0.0.1:6443', undefined, 'fd00::1:6443', '[fd00::1', '[fd00::1]'), id)).toEqual([
      validate(id, ['nodes.3.joinEndpoint'], { node: 'w-3', value: 'fd00::1:6443', error: 'too many colons' }),
      validate(id, ['nodes.4.joinEndpoint'], { node: 'w-4', value: '[fd00::1', error: "missing ']'" }),
      validate(id, ['nodes.5.joinEndpoint'], { node: 'w-5', value: '[fd00::1]', error: 'missing port' }),
    ]);
  });
  it('quotes Go\'s error', () => {
    expect(explanation(findings(joining('[fd00::1'), id)[0]!)).toContain(`"address [fd00::1: missing ']' in address"`);
    expect(explanation(findings(joining('10.0.0.1]:6443'), id)[0]!)).toContain(`"address 10.0.0.1]:6443: unexpected ']' in address"`);
  });
  // Go src/net/ipsock.go SplitHostPort, case by case.
  it.each([
    ['k8s.example.com', 'missing port'],
    ['[k8s.example.com', 'missing port'],
    ['[fd00::1]:6443:1', 'too many colons'],
    ['[fd00::1]x:6443', 'missing port'],
    ['[fd00::1]]:6443', 'missing port'],
    ['10.0.0.1]:6443', "unexpected ']'"],
    ['10.0.0.1[:6443', "unexpected '['"],
    ['[fd00::[1]:6443', "unexpected '['"],
    ['[fd00::1]:64]3', "unexpected ']'"],
  ])('%s: %s', (endpoint, error) => {
    expect(findings(joining(endpoint), id).map((d) => d.params.error)).toEqual([error]);
  });
  it.each(['[fd00::1]:6443', 'k8s.example.com:6443', ':6443', '[]:6443', 'host:'])('%s splits', (endpoint) => {
    expect(findings(joining(endpoint), id)).toEqual([]);
  });
});
