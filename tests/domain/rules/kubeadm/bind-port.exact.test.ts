// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { validate } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-bind-port', () => {
  const id = 'kubeadm-bind-port';
  it.each([65536, -1, 1.5])('%d is refused as kubeadm refuses it', (port) => {
    expect(findings(plan({ bindPort: port }), id)).toEqual([validate(id, ['bindPort'], { value: String(port), hint: 'invalid' })]);
  });
  it('0 and an empty field (NaN) are refused at the field', () => {
    expect(findings(plan({ bindPort: 0 }), id)).toEqual([validate(id, ['bindPort'], { value: '0', hint: 'zero' })]);
    expect(findings(plan({ bindPort: Number.NaN }), id)).toEqual([validate(id, ['bindPort'], { value: '', hint: 'not-number' })]);
  });
  it.each([1, 6443, 65535])('%d is accepted', (port) => {
    expect(findings(plan({ bindPort: port }), id)).toEqual([]);
  });
});
