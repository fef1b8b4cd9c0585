import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `kube-flannel.yml runs Flannel v${s(p, 'version')} (image ${s(p, 'image')})`,
  reads: () => 'The DaemonSet image tag decides which Flannel behaviour applies.',
  happens: () => 'The checks use this version unless --flannel-version says otherwise.',
  fix: () => 'Nothing to do.',
};
