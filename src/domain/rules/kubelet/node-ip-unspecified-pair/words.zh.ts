import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'node')} 的 node-ip "${s(p, 'value')}" 把真实地址与 0.0.0.0 或 :: 配对`,
  reads: () => 'kubelet 启动时解析 --node-ip。',
  happens: (p) =>
    s(p, 'parser') === 'legacy'
      ? `kubelet 报错 'dual-stack --node-ip "${s(p, 'value')}" cannot include '0.0.0.0' or '::'' 并退出。`
      : `kubelet 报错 'bad --node-ip "${s(p, 'value')}": dual-stack node IP cannot include '0.0.0.0' or '::'' 并退出。`,
  fix: () => '填两个真实地址，或只填一个。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'component-helpers node/util/ips.go ParseNodeIPArgument（1.27+，PR #116305）；更早在 kubelet cmd/kubelet/app/server.go 的 `run` 中';
