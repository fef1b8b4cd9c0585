// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { diag } from '../kubeadm/several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubernetes-version-unknown', () => {
  const id = 'kubernetes-version-unknown';
  const unknown = (value: string, assumed: string, reason: string, nearest: string) =>
    diag(id, 'warning', 'runtime', ['kubernetesVersion'], { value, assumed, reason }, [
      { label: 'set-kubernetes-version', params: { version: nearest }, set: [{ field: 'kubernetesVersion', value: nearest }] },
    ]);
  it('older than 1.23: the oldest known; newer than 1.37: the newest', () => {
    expect(findings(plan({ kubernetesVersion: '1.22' }), id)).toEqual([unknown('1.22', '1.22', 'out-of-range', '1.23')]);
    expect(findings(plan({ kubernetesVersion: 'v1.38.1' }), id)).toEqual([unknown('v1.38.1', '1.38', 'out-of-range', '1.37')]);
  });
  it('unparsable text is read as the newest, and quoted to 80 characters', () => {
    expect(findings(plan({ kubernetesVersion: 'latest' }), id)).toEqual([unknown('latest', '1.37', 'unparsable', '1.37')]);
    expect(findings(plan({ kubernetesVersion: 'x'.repeat(100) }), id)[0]!.params.value).toBe('x'.repeat(80));
  });
  it.each(['1.23', '1.37', 'v1.33.2'])('%s is known', (version) => {
    expect(findings(plan({ kubernetesVersion: version }), id)).toEqual([]);
  });
});
