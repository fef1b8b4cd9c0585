// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag, validate } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-api-version', () => {
  const id = 'kubeadm-api-version';
  const api = (kubernetesVersion: string, kubeadmApiVersion: string) => plan({ kubernetesVersion, overrides: { kubeadmApiVersion } });
  it('deprecated is a warning, naming the preferred apiVersion', () => {
    expect(findings(api('1.31', 'kubeadm.k8s.io/v1beta3'), id)).toEqual([
      diag(id, 'warning', 'kubeadm-validate', ['kubernetesVersion'], { apiVersion: 'kubeadm.k8s.io/v1beta3', status: 'deprecated', kubernetes: '1.31', preferred: 'kubeadm.k8s.io/v1beta4' }),
    ]);
  });
  it('experimental, removed and unknown are errors', () => {
    expect(findings(api('1.29', 'kubeadm.k8s.io/v1beta4'), id)).toEqual([
      validate(id, ['kubernetesVersion'], { apiVersion: 'kubeadm.k8s.io/v1beta4', status: 'experimental', kubernetes: '1.29', preferred: 'kubeadm.k8s.io/v1beta3' }),
    ]);
    expect(findings(api('1.36', 'kubeadm.k8s.io/v1beta3'), id)[0]!.params).toEqual({ apiVersion: 'kubeadm.k8s.io/v1beta3', status: 'removed', kubernetes: '1.36', preferred: 'kubeadm.k8s.io/v1beta4' });
    expect(findings(api('1.33', 'kubeadm.k8s.io/v2'), id)[0]!.params).toEqual({ apiVersion: 'kubeadm.k8s.io/v2', status: 'unknown', kubernetes: '1.33', preferred: 'kubeadm.k8s.io/v1beta4' });
  });
  it('silent when accepted or not read from a file', () => {
    expect(findings(api('1.30', 'kubeadm.k8s.io/v1beta3'), id)).toEqual([]);
    expect(findings(plan({ kubernetesVersion: '1.29' }), id)).toEqual([]);
  });
});
