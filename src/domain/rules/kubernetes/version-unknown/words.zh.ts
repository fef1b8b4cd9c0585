import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'reason') === 'unparsable'
      ? `无法解析 Kubernetes 版本 "${s(p, 'value')}"；规则按已知最新的 ${s(p, 'assumed')} 检查`
      : `Kubernetes ${s(p, 'value')} 不在本工具已知的范围内（1.23 到 1.37）；规则按 ${s(p, 'assumed')} 检查`,
  reads: () =>
    `kubeadm、kube-apiserver 和 kubelet 的规则随 Kubernetes 次版本变化；这些事实覆盖 1.23（双栈 GA）到 1.37。`,
  happens: (p) =>
    s(p, 'reason') === 'unparsable'
      ? `所有规则都按 Kubernetes ${s(p, 'assumed')} 检查；如果集群运行的是别的版本，检查结果可能与实际不符。`
      : `每条规则把已知的版本边界套用到 ${s(p, 'assumed')}；1.23 之前或 1.37 之后的变化这里不知道，检查结果可能与集群实际不符。`,
  fix: () => `选择 1.23 到 1.37 之间的 Kubernetes 版本。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubernetes/website concepts/services-networking/dual-stack.md（自 v1.23 起为 stable）；kubernetes CHANGELOG-1.23 到 CHANGELOG-1.37';
