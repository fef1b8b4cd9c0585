import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} is in the deprecated site-local range fec0::/10`,
  reads: () => 'kubeadm checks each subnet against fec0::/10.',
  happens: () => 'kubeadm logs a warning and continues; site-local addresses are deprecated (RFC 3879) and may be treated as global by hosts.',
  fix: () => 'Use a unique local range (fd00::/8, see the ULA button) instead.',
};
