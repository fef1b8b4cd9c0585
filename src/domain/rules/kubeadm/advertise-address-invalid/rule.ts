import { familyLabel } from '../../../cidr';
import { addressHint } from '../../fields';
import { fieldCandidates } from '../../fix-candidates';
import { defineRule, type Finding, type PlanPath } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  family?: string | number;
  hint?: string | number;
  node?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-advertise-address-invalid',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['advertiseAddress', 'nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    if (!ctx.advertise || ctx.advertise.ok) return [];
    const source = ctx.advertiseSource;
    if (source === null) return [{ fields: ['advertiseAddress'], params: { value: ctx.advertiseText, ...addressHint(ctx.advertiseText) }, fixes: fieldCandidates('advertiseAddress', ctx.advertiseText, ctx.serviceSubnet.firstFamily ?? ctx.plan.primaryFamily, 'address', null) }];
    // Derived from the init node's address: at that node's field, unless the field has its own problem (then
    // the node rules say it there, once). kubelet trims --node-ip, kubeadm does not, so only spaces get here.
    if (ctx.fieldProblems.has(source.field)) return [];
    return [{
      fields: [source.field],
      params: { value: ctx.advertiseText, ...addressHint(ctx.advertiseText), node: ctx.plan.nodes[source.index]!.name, family: familyLabel(source.family) },
      fixes: fieldCandidates(source.field as PlanPath, ctx.advertiseText, source.family, 'address', null),
    }];
  },
});
