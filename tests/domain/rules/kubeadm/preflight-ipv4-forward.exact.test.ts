// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag, v4only, v6only } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-preflight-ipv4-forward', () => {
  const id = 'kubeadm-preflight-ipv4-forward';
  it('IPv6-only up to 1.26', () => {
    expect(findings(plan({ ...v6only, kubernetesVersion: '1.26' }), id)).toEqual([diag(id, 'warning', 'kubeadm-init', ['stack', 'kubernetesVersion'], { kubernetes: '1.26' })]);
    expect(findings(plan({ ...v6only, kubernetesVersion: '1.27' }), id)).toEqual([]);
    expect(findings(plan({ kubernetesVersion: '1.26' }), id)).toEqual([]);
    expect(findings(plan({ ...v4only, kubernetesVersion: '1.26' }), id)).toEqual([]);
  });
});
