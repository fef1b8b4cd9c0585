import { nodeIpField, writtenAddress } from '../../context';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  kind?: string | number;
  other?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'cluster-duplicate-node',
  severity: 'error',
  component: 'cluster',
  phase: 'runtime',
  fields: ['nodes.*.name', 'nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const findings: Finding[] = [];
    const names = new Map<string, number>();
    const ips = new Map<string, number>();
    for (const entry of ctx.nodes) {
      const name = entry.node.name;
      const first = names.get(name);
      if (first !== undefined) findings.push({ fields: [`nodes.${entry.index}.name`], params: { kind: 'name', value: name, other: ctx.nodes[first]!.node.name } });
      else names.set(name, entry.index);
      for (const ip of entry.ips) {
        if (ip.value === 0n) continue;
        const key = `${ip.family}:${ip.value}`;
        const owner = ips.get(key);
        if (owner !== undefined && owner !== entry.index) findings.push({ fields: [nodeIpField(entry, ip.family)], params: { kind: 'address', value: writtenAddress(entry, ip), other: ctx.nodes[owner]!.node.name } });
        else ips.set(key, entry.index);
      }
    }
    return findings;
  },
});
