import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'net-conf.json turns off both EnableIPv4 and EnableIPv6',
  reads: () => 'Flannel decides its IP stack from EnableIPv4 (default true) and EnableIPv6.',
  happens: () => 'kube-flannel logs "none defined stack" and exits.',
  fix: () => 'Enable at least one family.',
};
