import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  flag?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-node-mask-not-integer',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    !ctx.allocateNodeCidrs
      ? []
      : ctx.podSubnet.cidrs
          .filter((cidr) => ctx.nodeMask[cidr.family] === null)
          .map((cidr) => ({ fields: [`nodeMask.${cidr.family}`], params: { flag: `node-cidr-mask-size-${cidr.family}`, value: ctx.nodeMaskText[cidr.family] } })),
});
