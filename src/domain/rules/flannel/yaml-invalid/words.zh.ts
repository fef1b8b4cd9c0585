import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `不是有效的 YAML："${s(p, 'error')}"`,
  reads: () => 'kubectl apply、kustomize 和 helm 把 kube-flannel.yml、kube-flannel-cfg.yaml、kustomization.yaml 和 Helm values 文件读成 YAML 文档。',
  happens: () => '它们在任何内容到达集群之前就因 YAML 错误而停止，因此 Flannel 既没有安装也没有重新配置。该文件中的内容没有被检查。',
  fix: () => '修正所示行的 YAML 语法（缩进、缺少冒号、制表符）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'k8s.io/apimachinery pkg/util/yaml/decoder.go YAMLOrJSONDecoder（kubectl apply）；sigs.k8s.io/kustomize/kyaml（kustomize）；helm pkg/chartutil/values.go ReadValues';
