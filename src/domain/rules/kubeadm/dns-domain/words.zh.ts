import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `dnsDomain "${s(p, 'value')}" 不是小写的 RFC 1123 域名`,
  reads: () => 'kubeadm 校验 networking.dnsDomain，并把它写入 kubelet 的 clusterDomain 和 CoreDNS。',
  happens: () => '`kubeadm init` 报错 "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character"。',
  fix: (p) => (s(p, 'lower') && s(p, 'lower') !== s(p, 'value') ? `改用 "${s(p, 'lower')}"。` : '使用例如 cluster.local 这样的域名。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateNetworking：validation.IsDNS1123Subdomain(dnsDomain)';
