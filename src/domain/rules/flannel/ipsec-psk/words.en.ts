import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `ipsec PSK has ${s(p, 'length')} characters; Flannel needs at least 96`,
  reads: () => 'Flannel\'s ipsec backend requires a pre-shared key.',
  happens: () => 'The backend fails with "config error, password is too short".',
  fix: () => 'Generate one with `dd if=/dev/urandom count=48 bs=1 status=none | xxd -p -c 48`.',
};
