import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Flannel version "${s(p, 'value')}" is outside what this tool knows; rules use v${s(p, 'assumed')}`,
  reads: () => 'The Flannel rules change with the version: v0.15.0 is the first dual-stack release and v0.28.9 the newest one known here.',
  happens: () => 'The checks may not match what your Flannel does.',
  fix: () => 'Pick a version from v0.15.0 to v0.28.9.',
};
