import { defineRule } from '../../types';

/** The parameters its findings carry (or the parsers give it): all its words may read. */
export type RuleParams = {
  apiVersion?: string | number;
  expected?: string | number;
  field?: string | number;
  found?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-extra-args-shape',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['kubernetesVersion'],
  needs: ['kubeadm'],
});
