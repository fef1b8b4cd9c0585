// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { explanation, message } from '../../../helpers';
import { V1BETA2, V1BETA3, V1BETA4, apiVersion } from '../kubernetes-versions.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-api-version on 1.23–1.30', () => {
  it('v1beta2 is deprecated on 1.23 and 1.26, and names the kubeadm that refuses it', () => {
    for (const version of ['1.23', '1.26']) {
      const [d, ...rest] = apiVersion(version, V1BETA2);
      expect(rest).toEqual([]);
      expect(d!.severity).toBe('warning');
      expect(d!.params).toEqual({ apiVersion: V1BETA2, status: 'deprecated', kubernetes: version, preferred: V1BETA3 });
      expect(message(d!)).toBe(`kubeadm.k8s.io/v1beta2 is deprecated in kubeadm ${version}`);
      expect(explanation(d!)).toContain(
        'kubeadm warns "your configuration file uses a deprecated API spec" and still works; kubeadm 1.27 and later refuse it, and the kubeadm binary may be one minor newer than the cluster.',
      );
    }
  });
  it('v1beta2 is refused from 1.27', () => {
    const [d] = apiVersion('1.27', V1BETA2);
    expect(d!.severity).toBe('error');
    expect(d!.params).toEqual({ apiVersion: V1BETA2, status: 'removed', kubernetes: '1.27', preferred: V1BETA3 });
    expect(message(d!)).toBe('kubeadm.k8s.io/v1beta2 is no longer accepted by kubeadm 1.27');
    expect(explanation(d!)).toContain('`kubeadm init` stops with "your configuration file uses an old API spec: "kubeadm.k8s.io/v1beta2"". kubeadm refuses it from 1.27 on.');
    expect(apiVersion('1.37', V1BETA2).map((x) => x.params.status)).toEqual(['removed']);
  });
  it('v1beta3 is accepted from 1.23 to 1.30', () => {
    for (const version of ['1.23', '1.26', '1.27', '1.30']) expect(apiVersion(version, V1BETA3)).toEqual([]);
  });
  it('v1beta4 is unknown up to 1.27, experimental on 1.28–1.30, accepted from 1.31', () => {
    const status = (version: string) => apiVersion(version, V1BETA4).map((d) => [d.severity, d.params.status, d.params.preferred]);
    expect(status('1.23')).toEqual([['error', 'unknown', V1BETA3]]);
    expect(status('1.27')).toEqual([['error', 'unknown', V1BETA3]]);
    expect(message(apiVersion('1.27', V1BETA4)[0]!)).toBe('kubeadm.k8s.io/v1beta4 is not known to kubeadm 1.27');
    expect(status('1.28')).toEqual([['error', 'experimental', V1BETA3]]);
    expect(status('1.30')).toEqual([['error', 'experimental', V1BETA3]]);
    expect(status('1.31')).toEqual([]);
  });
  it('v1beta3 names 1.36 as the kubeadm that refuses it', () => {
    const d = apiVersion('1.35', V1BETA3)[0]!;
    expect(d.params).toMatchObject({ status: 'deprecated' });
    expect(explanation(d)).toContain('kubeadm 1.36 and later refuse it');
    expect(explanation(apiVersion('1.36', V1BETA3)[0]!)).toContain('kubeadm refuses it from 1.36 on.');
  });
  it('v1beta1 is refused on every known version', () => {
    const [d] = apiVersion('1.23', 'kubeadm.k8s.io/v1beta1');
    expect([d!.severity, d!.params.status]).toEqual(['error', 'removed']);
    expect(explanation(d!)).toContain('kubeadm refuses it from 1.22 on.');
  });
});
