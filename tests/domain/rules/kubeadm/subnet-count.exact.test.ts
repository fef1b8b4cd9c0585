// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { validate } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-subnet-count', () => {
  const id = 'kubeadm-subnet-count';
  it('a verbatim list of two of one family, or three', () => {
    expect(findings(plan({ overrides: { serviceSubnet: '10.96.0.0/16,10.97.0.0/16' } }), id)).toEqual([
      validate(id, ['serviceCidr'], { setting: 'serviceSubnet', value: '10.96.0.0/16,10.97.0.0/16', count: 2 }),
    ]);
    expect(findings(plan({ overrides: { podSubnet: '10.244.0.0/16,fd00::/56,10.245.0.0/16' } }), id)).toEqual([
      validate(id, ['podCidr'], { setting: 'podSubnet', value: '10.244.0.0/16,fd00::/56,10.245.0.0/16', count: 3 }),
    ]);
  });
  it('silent for a valid list, an empty one, one with a piece that does not parse, and lists built from the fields', () => {
    expect(findings(plan({ overrides: { podSubnet: '10.244.0.0/16' } }), id)).toEqual([]);
    expect(findings(plan({ overrides: { podSubnet: '' } }), id)).toEqual([]);
    expect(findings(plan({ overrides: { podSubnet: '10.244.0.0/16,10.245.0.0/16,x' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16,10.245.0.0/16', ipv6: 'fd00:10:244::/56' } }), id)).toEqual([]);
  });
});
