// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { renderNextSteps } from '../../../../src/domain/render/next-steps';
import { explanation, findings, message, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-preflight-ipv4-forward (IPv6-only before 1.27)', () => {
  const ipv6Only = (kubernetesVersion: string) => plan({ kubernetesVersion, stack: 'ipv6', primaryFamily: 'ipv6' });
  it('1.23 and 1.26 check net.ipv4.ip_forward on an IPv6-only node', () => {
    for (const version of ['1.23', '1.26']) {
      const d = only(ipv6Only(version), 'kubeadm-preflight-ipv4-forward');
      expect([d.severity, d.component, d.params]).toEqual(['warning', 'kubeadm', { kubernetes: version }]);
      expect(message(d)).toBe(`kubeadm ${version} checks IPv4 forwarding even on an IPv6-only cluster`);
      expect(explanation(d)).toContain('[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1');
    }
  });
  it('NEXT-STEPS.md sets net.ipv4.ip_forward on IPv6-only nodes before 1.27 only', () => {
    const sysctls = (version: string) => renderNextSteps(ipv6Only(version)).content.split('\n').filter((line) => /^net\.ipv[46]\..*forward/.test(line));
    expect(sysctls('1.26')).toEqual(['net.ipv4.ip_forward = 1', 'net.ipv6.conf.all.forwarding = 1', 'net.ipv6.conf.default.forwarding = 1']);
    expect(sysctls('1.27')).toEqual(['net.ipv6.conf.all.forwarding = 1', 'net.ipv6.conf.default.forwarding = 1']);
  });
  it('1.27 checks forwarding per family', () => {
    expect(findings(ipv6Only('1.27'), 'kubeadm-preflight-ipv4-forward')).toEqual([]);
  });
  it('IPv4-only and dual-stack plans set net.ipv4.ip_forward anyway', () => {
    expect(findings(plan({ kubernetesVersion: '1.23', stack: 'ipv4' }), 'kubeadm-preflight-ipv4-forward')).toEqual([]);
    expect(findings(plan({ kubernetesVersion: '1.23' }), 'kubeadm-preflight-ipv4-forward')).toEqual([]);
  });
});
