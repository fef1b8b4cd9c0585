import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  error?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-yaml-invalid',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: [],
  needs: ['kubeadm'],
});
