import { s } from '../../helpers/words.zh';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

// 节点地址字段的问题（rules/fields.ts addressFieldProblem）。
function addressProblemZh(p: Params): string {
  switch (s(p, 'hint')) {
    case 'list': return '填了一个列表，这个字段只能填一个地址';
    case 'blank': return '只有空格';
    case 'leading-comma': return '以逗号开头';
    case 'trailing-comma': return '以逗号结尾';
    case 'empty-entry': return '两个逗号之间是空项';
    case 'cidr': return `"${s(p, 'ignored')}" 带有 /前缀，节点地址不带前缀`;
    default: return `"${s(p, 'ignored')}" 不是 IP 地址`;
  }
}

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'family') ? `${s(p, 'node')} 的 ${s(p, 'family')} 地址无法解析：${addressProblemZh(p)}` : `${s(p, 'node')} 的 node-ip 中有 kubelet 会忽略的项：${s(p, 'ignored')}`,
  reads: (p) => `${s(p, 'family') ? '向导用 "," 把节点的 IPv4 和 IPv6 两个字段连成 --node-ip。' : ''}kubelet 按 "," 拆分 --node-ip，丢弃无法解析的部分。`,
  happens: (p) =>
    `kubelet 记录 "${s(p, 'parser') === 'legacy' ? 'Could not parse --node-ip ignoring' : 'Could not parse some node IP(s), ignoring them'}"，只用剩下的地址运行，节点可能变成单栈。${
      s(p, 'family') ? `节点会缺少本方案给它的 ${s(p, 'family')} 地址。` : ''
    }${
      s(p, 'advertise') === 'yes'
        ? `这个地址也是通告地址，所以 \`kubeadm init\` 会先报错 "couldn't use "${s(p, 'entry')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address"。`
        : ''
    }`,
  fix: (p) => (s(p, 'family') ? `填写一个 ${s(p, 'family')} 地址，例如 ${s(p, 'family') === 'IPv4' ? '192.168.10.21' : 'fd00:192:168:10::21'}。` : '修正或删除这些项。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'component-helpers node/util/ips.go parseNodeIP：无法解析的项会被记录日志并忽略（1.27 之前在 kubelet cmd/kubelet/app/server.go 的 `run` 中）';
