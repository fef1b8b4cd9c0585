import { parseCidr } from '../../../cidr';
import { nodeFirstPodCidr, nodePodCidrs, podCidrFamilies } from '../../../cluster';
import { FLANNEL_IPV6_FIRST_CRASH } from '../../../versions';
import { atLeast, upgradeFix, version } from '../../helpers/flannel';
import { defineRule, type Finding, type PlanFix } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  ipv4First?: string | number;
  nodes?: string | number;
  outcome?: string | number;
  podSubnet?: string | number;
  source?: string | number;
  version?: string | number;
};

export const rule = defineRule({
  id: 'flannel-ipv6-first-podsubnet',
  severity: 'error',
  component: 'flannel',
  phase: 'runtime',
  fields: ['podCidr', 'flannelVersion'],
  versions: { flannel: FLANNEL_IPV6_FIRST_CRASH },
  // kubeadm's podSubnet order, or (scope "cluster") the order kube-controller-manager already gave the nodes.
  needs: ['flannel'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.netConf.enableIPv4) return [];
    // Nodes whose spec.podCIDR is IPv6 while they hold an IPv4 block too: their order is fixed, whatever podSubnet says now.
    const ipv6First = ctx.cluster.nodes.flatMap((node, index) => {
      const first = parseCidr(nodeFirstPodCidr(node), 'lenient');
      return first.ok && first.cidr.family === 'ipv6' && podCidrFamilies(node).includes('ipv4') ? [{ node, index }] : [];
    });
    if (ipv6First.length) {
      return [{
        fields: [`cluster.nodes.${ipv6First[0]!.index}.podCidrs`, 'flannelVersion'],
        params: {
          version: version(ctx),
          podSubnet: nodePodCidrs(ipv6First[0]!.node).join(','),
          nodes: ipv6First.map(({ node }) => node.name).join(', '),
          source: 'nodes',
          outcome: atLeast(ctx, '0.18.0') ? 'crashloop' : 'panic',
        },
        fixes: [upgradeFix()],
      }];
    }
    const list = ctx.podSubnet;
    if (!(ctx.scopes.has('kubeadm') && list.valid && list.cidrs.length === 2 && list.firstFamily === 'ipv6')) return [];
    const ipv4First = [list.pieces[1]!.text, list.pieces[0]!.text];
    const reorder: PlanFix = ctx.plan.overrides.podSubnet !== undefined
      ? { label: 'put-ipv4-first', set: [{ field: 'overrides.podSubnet', value: ipv4First.join(',') }] }
      : { label: 'put-ipv4-first', set: [{ field: 'overrides.podSubnetOrder', value: ['ipv4', 'ipv6'] }] };
    return [{
      params: { version: version(ctx), podSubnet: list.text, outcome: atLeast(ctx, '0.18.0') ? 'crashloop' : 'panic', ipv4First: ipv4First.join(',') },
      fixes: [upgradeFix(), reorder],
    }];
  },
});
