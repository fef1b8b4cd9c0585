import { findings, only, plan } from '../../../helpers';
import { describe, expect, it } from 'vitest';

describe('kubeadm-node-name', () => {
  it.each([['cp-1', 0], ['node.example.com', 0], ['CP-1', 1], ['cp_1', 1], ['', 1], ['-cp', 1]])('%j', (name, count) => {
    const p = plan();
    p.nodes[0]!.name = name;
    expect(findings(p, 'kubeadm-node-name')).toHaveLength(count);
  });
  it('suggests a lowercase name', () => {
    const p = plan();
    p.nodes[0]!.name = 'Master_1';
    expect(only(p, 'kubeadm-node-name').params.lower).toBe('master-1');
  });
});
