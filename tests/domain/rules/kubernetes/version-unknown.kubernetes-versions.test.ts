// Kubernetes 1.23–1.37: the rules whose outcome depends on the Kubernetes minor, at both sides of each boundary.
import { findings, message, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('kubernetes-version-unknown', () => {
  const unknown = (kubernetesVersion: string) => findings(plan({ kubernetesVersion }), 'kubernetes-version-unknown');
  it('1.22 is below the known range: the rules apply their boundaries to 1.22', () => {
    const [d] = unknown('1.22');
    expect([d!.severity, d!.component, d!.fields]).toEqual(['warning', 'kubeadm', ['kubernetesVersion']]);
    expect(d!.params).toEqual({ value: '1.22', assumed: '1.22', reason: 'out-of-range' });
    expect(message(d!)).toBe('Kubernetes 1.22 is outside what this tool knows (1.23 to 1.37); rules use 1.22');
    expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.23' }]]);
  });
  it('1.23 and 1.37 are known', () => {
    expect(unknown('1.23')).toEqual([]);
    expect(unknown('1.37')).toEqual([]);
    expect(unknown('v1.25.16')).toEqual([]);
  });
  it('1.38 is above the known range', () => {
    const [d] = unknown('1.38');
    expect(d!.params).toEqual({ value: '1.38', assumed: '1.38', reason: 'out-of-range' });
    expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.37' }]]);
  });
  it('unparsable text is read as the newest known version, and the note says so', () => {
    const [d] = unknown('latest');
    expect(d!.params).toEqual({ value: 'latest', assumed: '1.37', reason: 'unparsable' });
    expect(message(d!)).toBe('Kubernetes version "latest" does not parse; rules use 1.37, the newest known');
    expect(d!.fixes.map((f) => f.set)).toEqual([[{ field: 'kubernetesVersion', value: '1.37' }]]);
  });
  it('only the kubeadm side depends on it', () => {
    expect(findings(plan({ kubernetesVersion: '1.22' }), 'kubernetes-version-unknown', ['flannel'])).toEqual([]);
  });
});
