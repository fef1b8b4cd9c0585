// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { validate } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-dns-domain', () => {
  const id = 'kubeadm-dns-domain';
  it('suggests the lower-case domain', () => {
    expect(findings(plan({ dnsDomain: 'Cluster.Local' }), id)).toEqual([validate(id, ['dnsDomain'], { value: 'Cluster.Local', lower: 'cluster.local' })]);
  });
  it('253 characters pass, 254 do not', () => {
    const label = 'a'.repeat(63);
    const d253 = [label, label, label, 'a'.repeat(61)].join('.');
    expect(d253).toHaveLength(253);
    expect(findings(plan({ dnsDomain: d253 }), id)).toEqual([]);
    expect(findings(plan({ dnsDomain: `${d253}a` }), id)).toHaveLength(1);
  });
});
