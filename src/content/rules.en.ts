// English words: each rule's are in its folder (src/domain/rules/<component>/<name>/words.en.ts), gathered here by
// folder; the fix labels are here. Each explanation says what reads the value and what happens.
import { s } from '../domain/rules/helpers/words.en';
import { byRule } from '../domain/rules/folders';
import type { Params, RuleText } from '../domain/rules/types';

export type { RuleText } from '../domain/rules/types';

type Text = (p: Params) => string;

const WORDS = import.meta.glob<{ en: RuleText }>('../domain/rules/*/*/words.en.ts', { eager: true });

export const ruleTextEn: Record<string, RuleText> = byRule(WORDS, (m) => m.en);

export const fixLabelsEn: Record<string, Text> = {
  'set-prefix': (p) => `Use /${s(p, 'prefix')}`,
  'set-node-mask': (p) => `Set ${s(p, 'flag')} to ${s(p, 'mask')}`,
  'set-advertise-address': (p) => `Advertise ${s(p, 'address')}`,
  'set-kubernetes-version': (p) => `Use Kubernetes ${s(p, 'version')}`,
  'set-flannel-version': (p) => `Use Flannel v${s(p, 'version')}`,
  'put-ipv4-first': () => 'Put IPv4 first in podSubnet',
  'move-to-ipv6network': () => 'Move it to IPv6Network',
  'set-ipv6network': (p) => `Set IPv6Network to ${s(p, 'cidr')}`,
  'set-network': (p) => `Set Network to ${s(p, 'cidr')}`,
  'disable-ipv4': () => 'Set "EnableIPv4": false',
  'enable-ipv6': (p) => `Enable IPv6 with ${s(p, 'cidr')}`,
  'disable-ipv6': () => 'Turn EnableIPv6 off',
  'set-backend': (p) => `Use ${s(p, 'type')}`,
  'set-wireguard-mode': (p) => `Use Mode ${s(p, 'mode')}`,
  'use-canonical': (p) => `Use ${s(p, 'canonical')}`,
  'set-pod-cidr': (p) => `Use pod CIDR ${s(p, 'cidr')}`,
  'set-service-cidr': (p) => `Use Service CIDR ${s(p, 'cidr')}`,
  'use-value': (p) => `Use "${s(p, 'value')}"`,
  'split-families': (p) => `Put ${s(p, 'ipv4')} in the IPv4 field and ${s(p, 'ipv6')} in the IPv6 field`,
  'move-to-family': (p) => `Move ${s(p, 'value')} to the ${s(p, 'family')} field`,
};
