import { explanation, findings, message, only } from '../../../helpers';
import { pod, svc } from './several-rules.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-subnet-syntax', () => {
  it.each([
    ['10.244.0.0/16, fd00:10:244::/56', 'leading-space', 'it starts with a space, and kubeadm does not trim spaces'],
    ['10.244.0.0/16,', 'trailing-comma', 'it ends with a comma'],
    ['10.244.0.1', 'no-prefix', '"10.244.0.1" is an address without a /prefix'],
    ['10.244.0.0/33', 'prefix-too-long', 'the prefix /33 is over 32'],
  ])('refuses podSubnet %j read verbatim from a file (%s), at the podSubnet line', (value, hint, what) => {
    const d = only(pod(value), 'kubeadm-subnet-syntax');
    expect(d.params).toMatchObject({ setting: 'podSubnet', value, hint });
    expect(message(d)).toBe(`podSubnet "${value}" does not parse: ${what}`);
    expect(explanation(d)).toContain('`kubeadm init` stops with "couldn\'t parse subnet" before deploying anything.');
    expect(d.fields).toEqual(['podCidr']);
  });
  it('accepts both orders and single CIDRs', () => {
    for (const value of ['10.244.0.0/16,fd00:10:244::/56', 'fd00:10:244::/56,10.244.0.0/16', '10.244.0.0/16']) {
      expect(findings(pod(value), 'kubeadm-subnet-syntax')).toEqual([]);
    }
  });
  it('checks serviceSubnet the same way', () => {
    expect(only(svc('10.96.0.0/16 ,fd00:10:96::/112'), 'kubeadm-subnet-syntax').params.setting).toBe('serviceSubnet');
  });
});
