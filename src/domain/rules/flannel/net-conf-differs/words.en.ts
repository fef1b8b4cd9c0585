import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'other')} gives a different net-conf.json than ${s(p, 'used')} (${s(p, 'keys')}); ${s(p, 'used')} was checked`,
  reads: () => 'Flannel reads one net-conf.json: the one in the kube-flannel-cfg ConfigMap as last applied.',
  happens: () => 'Whichever file is applied last decides what Flannel does; the other configuration is replaced without a warning.',
  fix: () => 'Keep one source of the Flannel configuration, or make them agree.',
};
