import { fam, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Pod 是双栈，但 serviceSubnet "${s(p, 'serviceSubnet')}" 没有 ${fam(p, 'missing')} 范围`,
  reads: () => 'kube-apiserver 只从 --service-cluster-ip-range 中的地址族分配 Service IP。',
  happens: (p) => `所有 Service 都是单栈；请求 ${fam(p, 'missing')} 的 Service 会报错 'spec.ipFamilies[0]: Invalid value: "${fam(p, 'missing')}": not configured on this cluster'，RequireDualStack 会报错 "this cluster is not configured for dual-stack services"。`,
  fix: (p) => `添加 ${fam(p, 'missing')} Service CIDR。`,
};
