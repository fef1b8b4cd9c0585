import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'basis') === 'plan'
      ? `No Flannel version in the files: checked for Flannel v${s(p, 'version')}, the wizard's choice`
      : `No Flannel version in the files: checked for Flannel v${s(p, 'version')}, the newest known`,
  reads: () => 'What Flannel does with net-conf.json depends on its release; the version is in the image tag of kube-flannel.yml, the manifest URL of a kustomization, or image.tag of Helm values.',
  happens: () => 'The results hold for that release; older releases fail on some settings that newer ones accept.',
  fix: () => 'Check the file together with kube-flannel.yml, or name the release (dualstack-wizard check --flannel-version).',
};
