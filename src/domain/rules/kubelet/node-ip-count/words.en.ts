import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `node-ip "${s(p, 'value')}" on ${s(p, 'node')} must be one IP or one IPv4 plus one IPv6`,
  reads: () => 'kubelet parses --node-ip (nodeRegistration.kubeletExtraArgs) at start-up.',
  happens: (p) =>
    `kubelet exits with 'bad --node-ip "${s(p, 'value')}"${s(p, 'parser') === 'legacy' ? ';' : ':'} must contain either a single IP or a dual-stack pair of IPs' and the node never joins.`,
  fix: () => 'Give one address per family, primary family first.',
};
