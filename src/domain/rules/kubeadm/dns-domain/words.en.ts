import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `dnsDomain "${s(p, 'value')}" is not a lowercase RFC 1123 domain`,
  reads: () => 'kubeadm validates networking.dnsDomain and copies it to the kubelet clusterDomain and CoreDNS.',
  happens: () =>
    '`kubeadm init` stops with "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character".',
  fix: (p) => (s(p, 'lower') && s(p, 'lower') !== s(p, 'value') ? `Use "${s(p, 'lower')}".` : 'Use a domain such as cluster.local.'),
};
