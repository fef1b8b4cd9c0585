import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

// --iface 的值为什么不可能是 Linux 网卡名（rules/flannel.ts interfaceNameProblem）。
const IFACE_PROBLEM_ZH: Record<string, string> = {
  dot: '"." 和 ".." 不是名字',
  space: '含有空白字符',
  slash: '含有 "/"',
  colon: '含有 ":"',
  empty: '为空',
};

export const zh: RuleText<RuleParams> = {
  message: (p) => `--iface "${s(p, 'value')}" 既不是 IP 地址，也不可能是 Linux 网卡名：${s(p, 'hint') === 'too-long' ? `它有 ${s(p, 'bytes')} 个字节，超过 15 个` : (IFACE_PROBLEM_ZH[s(p, 'hint')] ?? s(p, 'hint'))}`,
  reads: () => 'kube-flannel 先把 --iface 当作 IP 地址，否则当作节点上的网卡名；这个值整体作为一个 --iface 写进它的参数。',
  happens: (p) => `没有叫这个名字的网卡，kube-flannel 记录 "Could not find valid interface matching ${s(p, 'value')}"，然后报错 "Failed to find interface to use that matches the interfaces and/or regexes provided" 并退出。`,
  fix: (p) => (s(p, 'hint') === 'space' ? '只填一个网卡名，例如 eth0，不带空格。' : '填写节点上 `ip link` 显示的网卡名，例如 eth0，或节点的某个地址。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'Linux net/core/dev.c dev_valid_name（少于 IFNAMSIZ 16 个字节；不含 "/"、":" 或空白；不是 "." 或 ".."）；flannel pkg/ipmatch/match.go LookupExtIface（先 net.ParseIP，再 net.InterfaceByName）和 main.go（"Failed to find interface to use that matches the interfaces and/or regexes provided"）';
