import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  expected?: string | number;
  field?: string | number;
  found?: string | number;
  goKind?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-field-type',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: [],
  needs: ['kubeadm'],
});
