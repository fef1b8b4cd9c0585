import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `advertiseAddress ${s(p, 'value')} 是 ${s(p, 'kind')} 地址`,
  reads: () => 'kubeadm 检查 API Server 能否绑定并通告该地址。',
  happens: (p) => `\`kubeadm init\` 报错 "cannot use "${s(p, 'value')}" as the bind address for the API Server"。`,
  fix: () => '使用控制面节点的全局单播地址。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm cmd/kubeadm/app/util/config/common.go VerifyAPIServerBindAddress（kubeadm init 和控制面 join 调用，`kubeadm config validate` 不调用）：只接受全局单播地址，允许回环地址';
