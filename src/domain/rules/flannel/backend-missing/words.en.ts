import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: () => 'net-conf.json has no Backend, so Flannel uses udp',
  reads: () => 'Flannel reads Backend.Type; without a Backend key it falls back to "udp" (the documentation says vxlan, the code says udp).',
  happens: () => 'udp is slow, IPv4-only and exists only on amd64 ("UDP backend is not supported on this architecture" elsewhere).',
  fix: () => 'Add "Backend": {"Type": "vxlan"}.',
};
