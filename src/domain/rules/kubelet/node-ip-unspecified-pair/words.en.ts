import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `node-ip "${s(p, 'value')}" on ${s(p, 'node')} pairs a real address with 0.0.0.0 or ::`,
  reads: () => 'kubelet parses --node-ip at start-up.',
  happens: (p) =>
    s(p, 'parser') === 'legacy'
      ? `kubelet exits with 'dual-stack --node-ip "${s(p, 'value')}" cannot include '0.0.0.0' or '::''.`
      : `kubelet exits with 'bad --node-ip "${s(p, 'value')}": dual-stack node IP cannot include '0.0.0.0' or '::''.`,
  fix: () => 'Give both real addresses, or a single one.',
};
