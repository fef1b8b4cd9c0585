import type { RuleContext, SubnetList } from '../../context';
import { SETTING, type SubnetKind, fromFields, listOf, subnetField } from '../../helpers/kubeadm';
import { type Finding, defineRule } from '../../types';

function perKind(check: (list: SubnetList, kind: SubnetKind, ctx: RuleContext) => Finding[]): (ctx: RuleContext) => Finding[] {
  return (ctx) => [...check(listOf(ctx, 'pod'), 'pod', ctx), ...check(listOf(ctx, 'service'), 'service', ctx)];
}

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  count?: string | number;
  setting?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-subnet-count',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['podCidr', 'serviceCidr'],
  needs: ['kubeadm'],
  // A list built from the per-family fields holds one CIDR per family unless a field is wrong, and
  // cluster/field-family says so at that field.
  check: perKind((list, kind, ctx) => {
    if (fromFields(ctx, kind) || list.cidrs.length !== list.pieces.length || list.valid || list.cidrs.length === 0) return [];
    return [{ fields: [subnetField(kind)], params: { setting: SETTING[kind], value: list.text, count: list.cidrs.length } }];
  }),
});
