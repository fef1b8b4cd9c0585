import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" is not a valid host or host:port`,
  reads: () => 'kubeadm splits controlPlaneEndpoint into host and port; the host must be an IP or a DNS name.',
  happens: (p) =>
    `\`kubeadm init\` stops with "endpoint is not valid".${s(p, 'hint') === 'bracket-without-port' ? ' Brackets are only valid together with a port.' : ''}`,
  fix: (p) => (s(p, 'suggestion') ? `Write "${s(p, 'suggestion')}", or the address without brackets.` : 'Use a DNS name, an IP, or [IPv6]:port.'),
};
