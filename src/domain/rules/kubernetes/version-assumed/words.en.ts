import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'basis') === 'api-version'
      ? `No Kubernetes version in the files: checked for Kubernetes ${s(p, 'version')}, the newest release that accepts ${s(p, 'apiVersion')} without a warning`
      : s(p, 'basis') === 'plan'
        ? `No Kubernetes version in the files: checked for Kubernetes ${s(p, 'version')}, the wizard's choice`
        : `No Kubernetes version in the files: checked for Kubernetes ${s(p, 'version')}, the newest known`,
  reads: () => 'What kubeadm and the Kubernetes components accept depends on the release; only ClusterConfiguration holds kubernetesVersion.',
  happens: () => 'The results hold for that release; another release may accept or refuse other things.',
  fix: () => 'Check the files together with the ClusterConfiguration that sets kubernetesVersion, or name the release (dualstack-wizard check --kubernetes-version).',
};
