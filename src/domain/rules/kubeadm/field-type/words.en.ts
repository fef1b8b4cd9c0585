import { foundValue, s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => (s(p, 'found') ? `${s(p, 'field')} is ${foundValue(p)}; kubeadm wants ${s(p, 'expected')}` : `${s(p, 'field')} should be ${s(p, 'expected')}`),
  reads: () => 'kubeadm decodes each document into typed Go structs.',
  happens: (p) =>
    s(p, 'goKind')
      ? `\`kubeadm init\` stops with a decode error: "json: cannot unmarshal ${s(p, 'goKind')} into Go struct field … of type string".`
      : '`kubeadm init` stops with a decode error.',
  fix: (p) => `Write ${s(p, 'field')} as ${s(p, 'expected')}.`,
};
