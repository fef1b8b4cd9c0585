// kube-controller-manager rules and node capacity: exact diagnostics and block counts on both sides of each condition.
import { findings } from '../../../helpers';
import { diag, noAllocate, v4, v6 } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('controller-manager-pods-per-node (maxPods 110)', () => {
  const id = 'controller-manager-pods-per-node';
  const warn = (family: 'ipv4' | 'ipv6', mask: number, addresses: string) =>
    diag(id, 'warning', [`nodeMask.${family}`], { mask, addresses, maxPods: 110, family: family === 'ipv4' ? 'IPv4' : 'IPv6' });
  it('a mask equal to the pod prefix is one block, still checked', () => {
    expect(findings(v4('10.244.0.0/26', '10.96.0.0/16', '26'), id)).toEqual([warn('ipv4', 26, '62')]);
  });
  it.each([
    ['26', '62'],
    ['31', '0'],
    ['32', '0'],
  ])('IPv4 /%s holds %s', (mask, addresses) => {
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', mask), id)).toEqual([warn('ipv4', Number(mask), addresses)]);
  });
  it('IPv6 /122 holds 62; /121 holds 126', () => {
    expect(findings(v6('fd00:10:244::/112', '122'), id)).toEqual([warn('ipv6', 122, '62')]);
    expect(findings(v6('fd00:10:244::/112', '121'), id)).toEqual([]);
  });
  it('silent for /25, a mask over the address length or shorter than the prefix, and without allocation', () => {
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', '25'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', '33'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/28', '10.96.0.0/16', '27'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', 'x'), id)).toEqual([]);
    expect(findings(v4('10.244.0.0/16', '10.96.0.0/16', '26', noAllocate), id)).toEqual([]);
  });
});
