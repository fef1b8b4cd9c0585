import { SETTING } from '../../helpers/addressing';
import { subnetField } from '../../helpers/kubeadm';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  canonical?: string | number;
  reason?: string | number;
  setting?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'cluster-non-canonical-cidr',
  severity: 'warning',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr', 'serviceCidr'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    (['pod', 'service'] as const).flatMap((kind) =>
      (kind === 'pod' ? ctx.podSubnet : ctx.serviceSubnet).pieces.flatMap((piece): Finding[] => {
        if (!piece.parse.ok || !(piece.parse.hostBitsSet || piece.parse.leadingZeros)) return [];
        const family = piece.parse.cidr.family;
        const canonical = piece.parse.canonical;
        const perFamily = ctx.plan.overrides[kind === 'pod' ? 'podSubnet' : 'serviceSubnet'] === undefined;
        return [{
          fields: [subnetField(kind, family)],
          params: { setting: SETTING[kind], value: piece.text, canonical, reason: piece.parse.leadingZeros ? 'leading-zeros' : 'host-bits' },
          fixes: perFamily ? [{ label: 'use-canonical', params: { canonical }, set: [{ field: subnetField(kind, family), value: canonical }] }] : [],
        }];
      }),
    ),
});
