import { s } from '../../helpers/words.en';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

// What is wrong with a node address field (rules/fields.ts addressFieldProblem).
function addressProblemEn(p: Params): string {
  switch (s(p, 'hint')) {
    case 'list': return 'it holds a list; the field takes one address';
    case 'blank': return 'it holds only spaces';
    case 'leading-comma': return 'it starts with a comma';
    case 'trailing-comma': return 'it ends with a comma';
    case 'empty-entry': return 'it has an empty entry between two commas';
    case 'cidr': return `"${s(p, 'ignored')}" has a /prefix; a node address takes none`;
    default: return `"${s(p, 'ignored')}" is not an IP address`;
  }
}

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'family')
      ? `The ${s(p, 'family')} address of ${s(p, 'node')} does not parse: ${addressProblemEn(p)}`
      : `node-ip on ${s(p, 'node')} has entries kubelet will ignore: ${s(p, 'ignored')}`,
  reads: (p) => `${s(p, 'family') ? 'The wizard joins the node\'s IPv4 and IPv6 fields into --node-ip with ",". ' : ''}kubelet splits --node-ip on "," and drops what does not parse.`,
  happens: (p) =>
    `kubelet logs "${s(p, 'parser') === 'legacy' ? 'Could not parse --node-ip ignoring' : 'Could not parse some node IP(s), ignoring them'}" and runs with the rest, so the node may end up single-stack.${
      s(p, 'family') ? ` The node would lack the ${s(p, 'family')} address this plan gives it.` : ''
    }${
      s(p, 'advertise') === 'yes'
        ? ` This address is also the advertise address, so \`kubeadm init\` stops first with "couldn't use "${s(p, 'entry')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address".`
        : ''
    }`,
  fix: (p) => (s(p, 'family') ? `Write one ${s(p, 'family')} address, e.g. ${s(p, 'family') === 'IPv4' ? '192.168.10.21' : 'fd00:192:168:10::21'}.` : 'Correct or remove the entries.'),
};
