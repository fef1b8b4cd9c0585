// What the explain panel's worker sends the page for the journeys' logs (e2e/explain.spec.ts): one entry per rule,
// best first, the message's text to mark and the log lines around it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainView } from '../../../../src/app/features/explain/view';

const FLANNEL_1629 = readFileSync('e2e/logs/kube-flannel-1629.txt', 'utf8');
const KUBEADM_INIT = readFileSync('e2e/logs/kubeadm-init-service-subnet.txt', 'utf8');

describe('explainView', () => {
  it('puts the IPv6-first rule first for the kube-flannel log of flannel#1629, each rule once', () => {
    const views = explainView(FLANNEL_1629);
    expect(views.map((v) => v.match.rule)).toEqual([
      'flannel-ipv6-first-podsubnet',
      'flannel-ipv6-only-unsupported',
      'flannel-network-not-ipv4',
      'flannel-ipv6-only-enable-ipv4',
      'flannel-backend-no-ipv6',
    ]);
    const [first] = views;
    expect(first!.match.line).toBe(9);
    expect(first!.marked).toBe('Observed a panic: Address is not an IPv4 address');
    expect(first!.match.versions).toEqual({ flannel: { from: '0.15.0', to: '0.20.1' } });
    expect(first!.first).toBe(6);
    expect(first!.context).toEqual(FLANNEL_1629.split('\n').slice(5, 12));
  });

  it('marks the whole kubeadm field error of `kubeadm init` output, with its quoted CIDR captured', () => {
    const [view, ...rest] = explainView(KUBEADM_INIT);
    expect(rest).toEqual([]);
    expect(view!.match.rule).toBe('kubeadm-service-subnet-too-large');
    expect(view!.match.line).toBe(2);
    expect(view!.match.captures).toEqual({ cidr: 'fd00:10:96::/64', bits: '128', minPrefix: '108' });
    expect(view!.marked).toBe('networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108');
    expect(view!.context).toEqual(KUBEADM_INIT.trimEnd().split('\n'));
  });

  it('finds nothing in a log without a known message', () => {
    expect(explainView('I1126 10:00:00.000000       1 main.go:1] all good\n')).toEqual([]);
    expect(explainView('')).toEqual([]);
  });
});
