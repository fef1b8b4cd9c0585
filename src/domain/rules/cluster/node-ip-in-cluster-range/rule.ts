import { containsIp, formatCidr } from '../../../cidr';
import { nodeIpField, writtenAddress } from '../../context';
import { SETTING, namedCidrs } from '../../helpers/addressing';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  address?: string | number;
  cidr?: string | number;
  setting?: string | number;
  what?: string | number;
};

export const rule = defineRule({
  id: 'cluster-node-ip-in-cluster-range',
  severity: 'error',
  component: 'cluster',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6', 'advertiseAddress'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const ranges = namedCidrs(ctx);
    const findings: Finding[] = [];
    for (const entry of ctx.nodes) {
      for (const ip of entry.ips) {
        const range = ranges.find((r) => containsIp(r.cidr, ip));
        if (!range) continue;
        findings.push({ fields: [nodeIpField(entry, ip.family)], params: { what: entry.node.name, address: writtenAddress(entry, ip), setting: SETTING[range.kind], cidr: formatCidr(range.cidr) } });
      }
    }
    // A derived advertise address is a node address, already checked above.
    if (ctx.advertise?.ok && ctx.plan.advertiseAddress !== '') {
      const ip = ctx.advertise.ip;
      const range = ranges.find((r) => containsIp(r.cidr, ip));
      if (range) findings.push({ fields: ['advertiseAddress'], params: { what: 'advertiseAddress', address: ctx.advertiseText, setting: SETTING[range.kind], cidr: formatCidr(range.cidr) } });
    }
    return findings;
  },
});
