import { familyLabel } from '../../../cidr';
import { clip } from '../../fields';
import { type Finding, type Params, defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  count?: string | number;
  family?: string | number;
  found?: string | number;
  hint?: string | number;
  node?: string | number;
  value?: string | number;
  what?: string | number;
};

export const rule = defineRule({
  // The page and a plan file keep one value per family field; kubeadm and kubelet read each value's family from
  // the value itself, so a value of the other family (or a list) in a field changes the lists they get.
  id: 'cluster-field-family',
  severity: 'error',
  component: 'cluster',
  phase: 'kubeadm-validate',
  fields: ['podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6', 'nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    [...ctx.fieldProblems].flatMap(([field, problem]): Finding[] => {
      if (problem.kind !== 'family') return [];
      const params: Params = { what: problem.what, family: familyLabel(problem.family), value: clip(problem.value), ...problem.params };
      if (problem.node) params.node = problem.node.name;
      return [{ fields: [field], params, fixes: problem.fixes }];
    }),
});
