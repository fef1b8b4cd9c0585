import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => (s(p, 'value') === '' ? '有一个节点没有名称' : `节点名称 "${s(p, 'value')}" 不是小写的 RFC 1123 名称`),
  reads: () => 'kubeadm 校验 nodeRegistration.name，它会成为 Node 对象的名称。',
  happens: (p) =>
    s(p, 'value') === ''
      ? '`kubeadm init` 或 `join` 会使用主机名；无法检测时报错 "--node-name or .nodeRegistration.name in the config file is a required value"。'
      : `\`kubeadm init\` 或 \`join\` 报错 'nodeRegistration.name: Invalid value: "${s(p, 'value')}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.''。`,
  fix: (p) => (s(p, 'lower') ? `改用 "${s(p, 'lower')}"。` : '只用小写字母、数字、"-" 和 "."。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateNodeRegistrationOptions：IsDNS1123Subdomain(nodeRegistration.name)（提交 00d24de699fe）';
