import { familyLabel } from '../../../cidr';
import { cidrPieceHint, clip } from '../../fields';
import { SETTING, fromFields, listOf, subnetField } from '../../helpers/kubeadm';
import { type Finding, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  address?: string | number;
  bits?: string | number;
  entry?: string | number;
  family?: string | number;
  hint?: string | number;
  piece?: string | number;
  prefix?: string | number;
  setting?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-subnet-syntax',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['podCidr', 'serviceCidr', 'podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    (['pod', 'service'] as const).flatMap((kind): Finding[] => {
      const list = listOf(ctx, kind);
      if (!fromFields(ctx, kind)) {
        // A list read verbatim from a file: the first piece kubeadm refuses.
        const bad = list.pieces.findIndex((piece) => !piece.parse.ok);
        if (bad < 0) return [];
        const piece = list.pieces[bad]!.text;
        return [{ fields: [subnetField(kind)], params: { setting: SETTING[kind], value: list.text, piece, ...cidrPieceHint(piece, bad, list.pieces.length) } }];
      }
      // Built from the per-family fields: each field's typo at that field.
      return ctx.stackFamilies.flatMap((family): Finding[] => {
        const problem = ctx.fieldProblems.get(subnetField(kind, family));
        if (problem?.kind !== 'syntax') return [];
        return [{
          fields: [subnetField(kind, family)],
          params: { setting: SETTING[kind], value: list.text, piece: clip(problem.piece), ...problem.params, family: familyLabel(family), entry: clip(problem.value) },
          fixes: problem.fixes,
        }];
      });
    }),
});
