// Flannel rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition
// and at each version where the outcome changes.
import { findings, plan } from '../../../helpers';
import { diag } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('flannel-version-unknown', () => {
  const id = 'flannel-version-unknown';
  it.each(['0.15.0', '0.28.9', 'v0.20.1', '0.21.0-rc1'])('silent for %s', (version) => {
    expect(findings(plan({ flannelVersion: version }), id)).toEqual([]);
  });
  it.each([
    ['0.14.9', '0.14.9'],
    ['0.28.10', '0.28.10'],
    ['1.0.0', '1.0.0'],
  ])('%s is out of range, and the rules read it as written', (version, assumed) => {
    expect(findings(plan({ flannelVersion: version }), id)).toEqual([diag(id, 'warning', ['flannelVersion'], { value: version, assumed, reason: 'out-of-range' })]);
  });
  it('text that is no version is read as the newest', () => {
    expect(findings(plan({ flannelVersion: 'latest' }), id)).toEqual([diag(id, 'warning', ['flannelVersion'], { value: 'latest', assumed: '0.28.9', reason: 'unparsable' })]);
  });
});
