import { familyLabel } from '../../../cidr';
import { nodeIpField } from '../../context';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  family?: string | number;
  nodes?: string | number;
  serviceFamily?: string | number;
  what?: string | number;
};

export const rule = defineRule({
  id: 'cluster-primary-family-mismatch',
  severity: 'info',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr', 'serviceCidr', 'nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    const service = ctx.serviceSubnet.valid && ctx.serviceSubnet.cidrs.length === 2 ? ctx.serviceSubnet.firstFamily : null;
    const pod = ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2 ? ctx.podSubnet.firstFamily : null;
    const findings: Finding[] = [];
    if (service && pod && service !== pod) {
      findings.push({ fields: ['podCidr', 'serviceCidr'], params: { what: 'podSubnet', family: familyLabel(pod), serviceFamily: familyLabel(service) } });
    }
    const reference = service ?? pod;
    if (reference) {
      const odd = ctx.nodes.filter((entry) => entry.ips.length === 2 && entry.ips[0]!.family !== entry.ips[1]!.family && entry.ips[0]!.family !== reference);
      if (odd.length) {
        findings.push({
          fields: odd.map((entry) => nodeIpField(entry, entry.ips[0]!.family)),
          params: { what: 'node-ip', nodes: odd.map((entry) => entry.node.name).join(', '), family: familyLabel(odd[0]!.ips[0]!.family), serviceFamily: familyLabel(reference) },
        });
      }
    }
    return findings;
  },
});
