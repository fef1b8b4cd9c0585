import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

const ADVERTISE_PROBLEM_ZH: Record<string, string> = {
  list: '：它是一个列表',
  'leading-space': '：以空格开头，而 kubeadm 不去除空格',
  'trailing-space': '：以空格结尾，而 kubeadm 不去除空格',
  cidr: '：带有 /前缀',
};

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'node')
      ? `${s(p, 'node')} 的 ${s(p, 'family')} 地址${s(p, 'hint') === 'leading-space' ? '以空格开头' : '以空格结尾'}，而 kubeadm 把它原样当作通告地址读取`
      : `advertiseAddress "${s(p, 'value')}" 不是单个 IP 地址${ADVERTISE_PROBLEM_ZH[s(p, 'hint')] ?? ''}`,
  reads: (p) =>
    `${s(p, 'node') ? `advertiseAddress 为空，所以向导在那里写入 ${s(p, 'node')} 的 ${s(p, 'family')} 地址。` : ''}kubeadm 把 localAPIEndpoint.advertiseAddress 传给 kube-apiserver --advertise-address，它只接受一个 IP，也不去除空格。`,
  happens: (p) => `\`kubeadm init\` 报错 "couldn't use "${s(p, 'value')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address"。${s(p, 'hint') === 'list' ? '通告地址不能是双栈。' : ''}`,
  fix: (p) => (s(p, 'node') || s(p, 'hint').endsWith('-space') ? '删除空格。' : '填写控制面节点在 serviceSubnet 第一个地址族中的地址。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm initconfiguration.go SetAPIEndpointDynamicDefaults：只接受单个 IP';
