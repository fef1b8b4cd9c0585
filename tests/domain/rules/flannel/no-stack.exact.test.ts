// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { diag } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-no-stack', () => {
  const id = 'flannel-no-stack';
  it('both families off', () => {
    expect(findings(plan({ flannel: { enableIPv4: false, enableIPv6: false } }), id)).toEqual([diag(id, 'error', ['flannel.enableIPv4', 'flannel.enableIPv6'], {})]);
  });
  it('either family on is a stack', () => {
    expect(findings(plan({ flannel: { enableIPv4: true, enableIPv6: false } }), id)).toEqual([]);
    expect(findings(plan({ flannel: { enableIPv4: false, enableIPv6: true } }), id)).toEqual([]);
  });
});
