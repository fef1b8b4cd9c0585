// Cluster addressing rules: the exact diagnostic for an input, on both sides of each condition.
import { findings, plan } from '../../../helpers';
import { base, nodes } from './several-rules.exact.helpers';
import { describe, expect, it } from 'vitest';

describe('cluster-duplicate-node', () => {
  it('a repeated name and an address owned by another node, naming the first owner', () => {
    const p = plan({ nodes: nodes(['cp-1', '192.168.10.11', 'fd00::11'], ['w-1', '192.168.10.21', 'fd00::11'], ['cp-1', '192.168.10.31', '']) });
    expect(findings(p, 'cluster-duplicate-node')).toEqual([
      { ...base, rule: 'cluster-duplicate-node', severity: 'error', phase: 'runtime', fields: ['nodes.1.ipv6'], params: { kind: 'address', value: 'fd00::11', other: 'cp-1' } },
      { ...base, rule: 'cluster-duplicate-node', severity: 'error', phase: 'runtime', fields: ['nodes.2.name'], params: { kind: 'name', value: 'cp-1', other: 'cp-1' } },
    ]);
  });
  it('unspecified addresses and one node repeating its own address are not duplicates', () => {
    const p = plan({ nodes: nodes(['a', '0.0.0.0', ''], ['b', '0.0.0.0', '']) });
    expect(findings(p, 'cluster-duplicate-node')).toEqual([]);
    const q = plan({ nodes: nodes(['a', '10.0.0.1', '']) });
    q.nodes[0]!.nodeIp = '10.0.0.1,10.0.0.1';
    expect(findings(q, 'cluster-duplicate-node')).toEqual([]);
    expect(findings(plan({ nodes: nodes(['a', '10.0.0.1', ''], ['b', '10.0.0.2', '']) }), 'cluster-duplicate-node')).toEqual([]);
  });
});
