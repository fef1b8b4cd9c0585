import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'basis') === 'plan'
      ? `文件中没有 Flannel 版本：按向导当前选择的 Flannel v${s(p, 'version')} 检查`
      : `文件中没有 Flannel 版本：按已知最新的 Flannel v${s(p, 'version')} 检查`,
  reads: () => 'Flannel 如何处理 net-conf.json 取决于其版本；版本写在 kube-flannel.yml 的镜像标签、kustomization 的清单 URL 或 Helm values 的 image.tag 中。',
  happens: () => '结果只对该版本成立；旧版本会在一些新版本接受的设置上失败。',
  fix: () => '把该文件与 kube-flannel.yml 一起检查，或指定版本（\`dualstack-wizard check --flannel-version\`）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel 的行为因发布标签而异（pkg/subnet/config.go、pkg/subnet/kube/kube.go 的历史）';
