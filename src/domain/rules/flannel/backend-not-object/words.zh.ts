import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: () => 'net-conf.json 的 Backend 必须是对象，例如 {"Type": "vxlan"}',
  reads: () => 'Flannel 把 Backend 解码成带 Type 键的对象。',
  happens: () => 'kube-flannel 报错 "error decoding Backend property of config: json: cannot unmarshal string into Go value of type struct { Type string }" 并退出。',
  fix: () => '写成 "Backend": {"Type": "vxlan"}。',
};
