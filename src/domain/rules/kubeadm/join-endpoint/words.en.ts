import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `JoinConfiguration apiServerEndpoint "${s(p, 'value')}" for ${s(p, 'node')} needs host:port`,
  reads: () => 'kubeadm join splits discovery.bootstrapToken.apiServerEndpoint with net.SplitHostPort.',
  happens: (p) => `\`kubeadm join\` stops with "address ${s(p, 'value')}: ${s(p, 'error')} in address".`,
  fix: () => 'Write host:port, with IPv6 addresses in brackets: [fd00::1]:6443.',
};
