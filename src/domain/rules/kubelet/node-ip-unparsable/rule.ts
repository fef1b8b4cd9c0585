import { familyLabel } from '../../../cidr';
import { clip } from '../../fields';
import { legacy, nodeFields } from '../../helpers/kubelet';
import { type Finding, type Params, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  advertise?: string | number;
  entry?: string | number;
  family?: string | number;
  hint?: string | number;
  ignored?: string | number;
  node?: string | number;
  parser?: string | number;
};

export const rule = defineRule({
  id: 'kubelet-node-ip-unparsable',
  severity: 'warning',
  component: 'kubelet',
  phase: 'runtime',
  fields: ['nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.nodes.flatMap((entry): Finding[] => {
      if (entry.node.nodeIp === undefined) {
        // Typed into a family's field: kubelet would drop it, and the node would lack the address the plan gives
        // it, so it is an error at that field.
        return ctx.stackFamilies.flatMap((family): Finding[] => {
          const problem = ctx.fieldProblems.get(`nodes.${entry.index}.${family}`);
          if (problem?.kind !== 'syntax') return [];
          const field = `nodes.${entry.index}.${family}`;
          // On the init node this is also the advertise address, which kubeadm refuses before kubelet runs.
          const advertise: Params = ctx.advertiseSource?.field === field ? { advertise: 'yes' } : {};
          return [{
            severity: 'error',
            fields: [field],
            params: { node: entry.node.name, value: entry.nodeIp, ignored: clip(problem.piece), ...problem.params, family: familyLabel(family), entry: clip(problem.value), ...advertise, ...legacy(ctx.kubernetesMinor) },
            fixes: problem.fixes,
          }];
        });
      }
      const bad = entry.pieces.filter((piece) => !piece.parse.ok).map((piece) => piece.text);
      return bad.length ? [{ fields: nodeFields(entry), params: { node: entry.node.name, value: entry.nodeIp, ignored: bad.join(', '), ...legacy(ctx.kubernetesMinor) } }] : [];
    }),
});
