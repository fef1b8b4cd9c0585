import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} entry "${s(p, 'value')}" is not canonical; it means ${s(p, 'canonical')}`,
  reads: () => 'kubeadm\'s lenient parser masks host bits and reads leading zeros as decimal, but from 1.36 API objects reject such values (StrictIPCIDRValidation).',
  happens: (p) =>
    s(p, 'reason') === 'leading-zeros'
      ? 'It works today but other tools read leading zeros as octal, and newer Kubernetes rejects them in API objects.'
      : 'The host bits are dropped silently, so the range may not be the one you meant.',
  fix: (p) => `Write ${s(p, 'canonical')}.`,
};
