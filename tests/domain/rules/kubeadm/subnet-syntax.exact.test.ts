// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { v4only, validate } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-subnet-syntax', () => {
  const id = 'kubeadm-subnet-syntax';
  it('a verbatim list: the first piece kubeadm refuses, at the whole setting', () => {
    expect(findings(plan({ overrides: { podSubnet: '10.244.0.0/33,fd00::x' } }), id)).toEqual([
      validate(id, ['podCidr'], { setting: 'podSubnet', value: '10.244.0.0/33,fd00::x', piece: '10.244.0.0/33', hint: 'prefix-too-long', prefix: '33', bits: 32 }),
    ]);
    expect(findings(plan({ overrides: { serviceSubnet: '10.96.0.0/16,,fd00::/112' } }), id)).toEqual([
      validate(id, ['serviceCidr'], { setting: 'serviceSubnet', value: '10.96.0.0/16,,fd00::/112', piece: '', hint: 'empty-entry' }),
    ]);
  });
  it('a per-family field: its own piece and entry, with the list kubeadm would get', () => {
    expect(findings(plan({ podCidr: { ipv4: '10.244.0.0/16x', ipv6: 'fd00:10:244::/56' } }), id)).toEqual([
      validate(id, ['podCidr.ipv4'], {
        setting: 'podSubnet',
        value: '10.244.0.0/16x,fd00:10:244::/56',
        piece: '10.244.0.0/16x',
        hint: 'bad-prefix',
        prefix: '16x',
        bits: 32,
        family: 'IPv4',
        entry: '10.244.0.0/16x',
      }),
    ]);
  });
  it('pod before service, and the primary family first', () => {
    const p = plan({ primaryFamily: 'ipv6', podCidr: { ipv4: '10.244.0.0', ipv6: 'fd00:10:244::' }, serviceCidr: { ipv4: '10.96.0.0/16 ', ipv6: 'fd00:10:96::/112' } });
    expect(findings(p, id).map((d) => [d.fields, d.params.hint])).toEqual([
      [['podCidr.ipv6'], 'no-prefix'],
      [['podCidr.ipv4'], 'no-prefix'],
      [['serviceCidr.ipv4'], 'trailing-space'],
    ]);
  });
  it('a long typo is clipped to 80 characters', () => {
    const long = `10.244.0.0/16${'x'.repeat(100)}`;
    const d = findings(plan({ ...v4only, podCidr: { ipv4: long, ipv6: '' } }), id)[0]!;
    expect([d.params.piece, d.params.entry]).toEqual([`${long.slice(0, 79)}…`, `${long.slice(0, 79)}…`]);
  });
  it('silent for valid lists, an empty field, a value of the other family, and a field of a family off the stack', () => {
    expect(findings(plan(), id)).toEqual([]);
    expect(findings(plan({ overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: '', ipv6: 'fd00:10:244::/56' } }), id)).toEqual([]);
    expect(findings(plan({ podCidr: { ipv4: 'fd00:10:244::/56', ipv6: 'fd00:10:244::/56' } }), id)).toEqual([]);
    expect(findings(plan({ ...v4only, podCidr: { ipv4: '10.244.0.0/16', ipv6: 'x' } }), id)).toEqual([]);
  });
});
