import { explanation, findings, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-api-version by Kubernetes version', () => {
  it.each([
    ['1.27', 'kubeadm.k8s.io/v1beta3', null],
    ['1.30', 'kubeadm.k8s.io/v1beta4', 'error'],
    ['1.27', 'kubeadm.k8s.io/v1beta4', 'error'],
    ['1.31', 'kubeadm.k8s.io/v1beta4', null],
    ['1.31', 'kubeadm.k8s.io/v1beta3', 'warning'],
    ['1.35', 'kubeadm.k8s.io/v1beta3', 'warning'],
    ['1.36', 'kubeadm.k8s.io/v1beta3', 'error'],
    ['1.37', 'kubeadm.k8s.io/v1beta2', 'error'],
  ])('Kubernetes %s with %s', (version, apiVersion, severity) => {
    const found = findings(plan({ kubernetesVersion: version, overrides: { kubeadmApiVersion: apiVersion } }), 'kubeadm-api-version');
    expect(found.map((d) => d.severity)).toEqual(severity ? [severity] : []);
  });
  it('explains the 1.28–1.30 experimental refusal', () => {
    const d = only(plan({ kubernetesVersion: '1.29', overrides: { kubeadmApiVersion: 'kubeadm.k8s.io/v1beta4' } }), 'kubeadm-api-version');
    expect(explanation(d)).toContain('experimental API spec: "kubeadm.k8s.io/v1beta4" is not allowed');
  });
});
