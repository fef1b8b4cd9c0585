import { formatCidr as fmt } from '../../../cidr';
import { narrowerPodCandidate, nodeMaskCandidates } from '../../fix-candidates';
import { blocksForNodes, fromFields, subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  cidr?: string | number;
  flag?: string | number;
  mask?: string | number;
  prefix?: string | number;
  suggested?: string | number;
  suggestedPrefix?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-node-mask-difference',
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
          if (mask === null || mask - cidr.prefix <= 16) return [];
          return [{
            fields: [subnetField('pod', cidr.family), `nodeMask.${cidr.family}`],
            params: { cidr: fmt(cidr), prefix: cidr.prefix, mask, flag: `node-cidr-mask-size-${cidr.family}`, suggested: cidr.prefix + 16, suggestedPrefix: mask - 16 },
            fixes: [...nodeMaskCandidates(cidr, blocksForNodes(ctx)), ...(fromFields(ctx, 'pod') ? narrowerPodCandidate(cidr, mask, subnetField('pod', cidr.family)) : [])],
          }];
        }),
});
