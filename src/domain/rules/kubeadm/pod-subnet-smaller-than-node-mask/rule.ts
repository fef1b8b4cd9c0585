import { formatCidr as fmt } from '../../../cidr';
import { nodeMaskCandidates, widerPodCandidate } from '../../fix-candidates';
import { blocksForNodes, fromFields, subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
  family?: string | number;
  flag?: string | number;
  mask?: string | number;
  prefix?: string | number;
  suggested?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-pod-subnet-smaller-than-node-mask',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    !ctx.allocateNodeCidrs
      ? []
      : ctx.podSubnet.cidrs.flatMap((cidr) => {
          const mask = ctx.nodeMask[cidr.family];
          if (mask === null || cidr.prefix <= mask) return [];
          const suggested = cidr.family === 'ipv6' ? Math.min(cidr.prefix + 16, 120) : Math.min(cidr.prefix + 2, 30);
          return [{
            fields: [subnetField('pod', cidr.family), `nodeMask.${cidr.family}`],
            params: { cidr: fmt(cidr), prefix: cidr.prefix, mask, family: cidr.family, flag: `node-cidr-mask-size-${cidr.family}`, suggested },
            fixes: [...nodeMaskCandidates(cidr, blocksForNodes(ctx)), ...(fromFields(ctx, 'pod') ? widerPodCandidate(cidr, mask, blocksForNodes(ctx), subnetField('pod', cidr.family)) : [])],
          }];
        }),
});
