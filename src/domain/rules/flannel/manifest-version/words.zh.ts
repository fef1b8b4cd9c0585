import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `kube-flannel.yml 运行的是 Flannel v${s(p, 'version')}（镜像 ${s(p, 'image')}）`,
  reads: () => 'DaemonSet 镜像标签决定适用哪个版本的 Flannel 行为。',
  happens: () => '除非 --flannel-version 另有指定，检查按此版本进行。',
  fix: () => '无需处理。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'Documentation/kube-flannel.yml 中 DaemonSet 的镜像标签';
