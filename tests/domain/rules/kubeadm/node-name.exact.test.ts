// kubeadm rules: the exact diagnostic (severity, fields, params, fixes) for an input, on both sides of each condition.
import { findings } from '../../../helpers';
import { validate, withNodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-node-name', () => {
  const id = 'kubeadm-node-name';
  it('at the node\'s field, with a lower-case suggestion trimmed of - and .', () => {
    const p = withNodes({}, { name: 'cp-1', role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' }, { name: '--Worker_1..', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00::21' });
    expect(findings(p, id)).toEqual([validate(id, ['nodes.1.name'], { value: '--Worker_1..', lower: 'worker-1' })]);
  });
  it('a long name is quoted to 80 characters', () => {
    const name = 'N'.repeat(100);
    const d = findings(withNodes({}, { name, role: 'control-plane', ipv4: '192.168.10.11', ipv6: 'fd00::11' }), id)[0]!;
    expect(d.params).toEqual({ value: 'N'.repeat(80), lower: 'n'.repeat(100) });
  });
});
