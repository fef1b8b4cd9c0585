import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `不是有效的 YAML："${s(p, 'error')}"`,
  reads: () => 'kubeadm 把 --config 文件读成以 "---" 分隔的 YAML 文档。',
  happens: () => '`kubeadm init` 在读取文件时报错退出。',
  fix: () => '修正所示行的 YAML 语法（缩进、缺少冒号、制表符）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm initconfiguration.go documentMapToInitConfiguration：YAML 解码';
