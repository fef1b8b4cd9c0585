import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'basis') === 'api-version'
      ? `文件中没有 Kubernetes 版本：按 Kubernetes ${s(p, 'version')} 检查，这是接受 ${s(p, 'apiVersion')} 且不发出警告的最新版本`
      : s(p, 'basis') === 'plan'
        ? `文件中没有 Kubernetes 版本：按向导当前选择的 Kubernetes ${s(p, 'version')} 检查`
        : `文件中没有 Kubernetes 版本：按已知最新的 Kubernetes ${s(p, 'version')} 检查`,
  reads: () => 'kubeadm 和 Kubernetes 各组件接受什么取决于版本；只有 ClusterConfiguration 含有 kubernetesVersion。',
  happens: () => '结果只对该版本成立；其他版本可能接受或拒绝其他内容。',
  fix: () => '把这些文件与设置了 kubernetesVersion 的 ClusterConfiguration 一起检查，或指定版本（\`dualstack-wizard check --kubernetes-version\`）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm common.go validateSupportedVersion（各版本接受哪些 apiVersion）；行为因版本而异';
