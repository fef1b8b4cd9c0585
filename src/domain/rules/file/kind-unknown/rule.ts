import { defineRule } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = Record<never, never>;

export const rule = defineRule({
  id: 'file-kind-unknown',
  severity: 'error',
  component: 'cluster',
  phase: 'kubeadm-validate',
  fields: [],
  needs: [],
});
