import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => (s(p, 'value') === '' ? 'A node has no name' : `Node name "${s(p, 'value')}" is not a lowercase RFC 1123 name`),
  reads: () => 'kubeadm validates nodeRegistration.name, which becomes the Node object\'s name.',
  happens: (p) =>
    s(p, 'value') === ''
      ? '`kubeadm init` or `join` uses the host name, or stops with "--node-name or .nodeRegistration.name in the config file is a required value" when it cannot detect one.'
      : `\`kubeadm init\` or \`join\` stops with 'nodeRegistration.name: Invalid value: "${s(p, 'value')}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.''.`,
  fix: (p) => (s(p, 'lower') ? `Use "${s(p, 'lower')}".` : 'Use lowercase letters, digits, "-" and ".".'),
};
