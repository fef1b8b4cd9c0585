import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'what')} address ${s(p, 'address')} lies inside ${s(p, 'setting')} ${s(p, 'cidr')}`,
  reads: () => 'Flannel routes the pod range through its tunnels and kube-proxy captures the Service range on every node.',
  happens: () => 'Traffic to the node\'s own address is routed into the overlay or DNAT-ed, so nodes cannot reach each other or the API server.',
  fix: () => 'Choose pod and Service ranges that do not contain the node addresses.',
};
