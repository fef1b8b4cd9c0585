import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `/${s(p, 'mask')} node blocks hold ${s(p, 'addresses')} ${s(p, 'family')} pod addresses, fewer than kubelet's maxPods ${s(p, 'maxPods')}`,
  reads: () => 'Flannel\'s CNI plugin assigns pod addresses from the node\'s block; kubelet schedules up to maxPods pods per node.',
  happens: () => 'Once the block is used up, new pods on that node stay in ContainerCreating with "failed to allocate for range" errors.',
  fix: () => 'Lower the node mask (bigger blocks) or lower maxPods in KubeletConfiguration.',
};
