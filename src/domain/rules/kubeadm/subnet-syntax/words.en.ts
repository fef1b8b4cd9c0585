import { s } from '../../helpers/words.en';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

// What is wrong with one piece of a CIDR field or list (rules/fields.ts cidrPieceHint).
function cidrProblemEn(p: Params): string {
  switch (s(p, 'hint')) {
    case 'blank': return 'it holds only spaces';
    case 'leading-space': return 'it starts with a space, and kubeadm does not trim spaces';
    case 'trailing-space': return 'it ends with a space, and kubeadm does not trim spaces';
    case 'space': return 'it contains a space';
    case 'leading-comma': return 'it starts with a comma';
    case 'trailing-comma': return 'it ends with a comma';
    case 'empty-entry': return 'it has an empty entry between two commas';
    case 'no-prefix': return `"${s(p, 'piece')}" is an address without a /prefix`;
    case 'prefix-too-long': return `the prefix /${s(p, 'prefix')} is over ${s(p, 'bits')}`;
    case 'bad-prefix': return `the prefix "/${s(p, 'prefix')}" is not a number from 0 to ${s(p, 'bits')}`;
    default: return `"${s(p, 'address')}" is not an IP address`;
  }
}

function cidrFixEn(p: Params): string {
  const hint = s(p, 'hint');
  const example = s(p, 'family') === 'IPv6' ? 'fd00:10:244::/56' : '10.244.0.0/16';
  if (hint.endsWith('space')) return 'Remove the spaces.';
  if (hint.endsWith('comma') || hint === 'empty-entry')
    return s(p, 'family') ? 'Remove the comma: each field takes one CIDR.' : 'Write the CIDRs separated by a single comma, with no spaces, e.g. 10.244.0.0/16,fd00:10:244::/56.';
  if (hint === 'no-prefix') return `Add the prefix length, e.g. ${example}.`;
  if (hint.endsWith('prefix')) return `Use a prefix from 0 to ${s(p, 'bits')}.`;
  return `Write an address and a /prefix, e.g. ${example}.`;
}

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'family')
      ? `${s(p, 'family')} ${s(p, 'setting') === 'podSubnet' ? 'pod' : 'Service'} CIDR "${s(p, 'entry')}" does not parse: ${cidrProblemEn(p)}`
      : `${s(p, 'setting')} "${s(p, 'value')}" does not parse: ${cidrProblemEn(p)}`,
  reads: (p) =>
    `${s(p, 'family') ? `The wizard joins the IPv4 and IPv6 fields into ${s(p, 'setting')} with ",". ` : ''}kubeadm splits ${s(p, 'setting')} on "," without trimming spaces and parses each piece as a CIDR.`,
  happens: () => '`kubeadm init` stops with "couldn\'t parse subnet" before deploying anything.',
  fix: (p) => cidrFixEn(p),
};
