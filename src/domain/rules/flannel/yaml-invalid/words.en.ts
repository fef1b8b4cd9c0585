import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Not valid YAML: ${s(p, 'error')}`,
  reads: () => 'kubectl apply, kustomize and helm read kube-flannel.yml, kube-flannel-cfg.yaml, kustomization.yaml and Helm values files as YAML documents.',
  happens: () => 'They stop with a YAML error before anything reaches the cluster, so Flannel is neither installed nor reconfigured. Nothing in this file was checked.',
  fix: () => 'Fix the YAML syntax at the line shown (indentation, a missing colon, tabs).',
};
