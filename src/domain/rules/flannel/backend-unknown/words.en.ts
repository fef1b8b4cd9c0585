import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} has no backend "${s(p, 'type')}"`,
  reads: () => 'Flannel looks up Backend.Type (lower-cased) among its registered backends.',
  happens: (p) =>
    `kube-flannel exits with "Error fetching backend: unknown backend type: ${s(p, 'type').toLowerCase()}".${
      { 'added-later': ' wireguard arrived in v0.16.0.', removed: ' The aws-vpc, gce and ali-vpc backends were removed in v0.20.0.', unknown: '' }[s(p, 'reason')] ?? ''
    }`,
  fix: () => 'Use vxlan, host-gw or wireguard.',
};
