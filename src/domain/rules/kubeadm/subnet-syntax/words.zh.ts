import { s } from '../../helpers/words.zh';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

// CIDR 字段或列表中某一段的问题（rules/fields.ts cidrPieceHint）。
function cidrProblemZh(p: Params): string {
  switch (s(p, 'hint')) {
    case 'blank': return '只有空格';
    case 'leading-space': return '以空格开头，而 kubeadm 不去除空格';
    case 'trailing-space': return '以空格结尾，而 kubeadm 不去除空格';
    case 'space': return '中间有空格';
    case 'leading-comma': return '以逗号开头';
    case 'trailing-comma': return '以逗号结尾';
    case 'empty-entry': return '两个逗号之间是空项';
    case 'no-prefix': return `"${s(p, 'piece')}" 是地址，缺少 /前缀`;
    case 'prefix-too-long': return `前缀 /${s(p, 'prefix')} 超过了 ${s(p, 'bits')}`;
    case 'bad-prefix': return `前缀 "/${s(p, 'prefix')}" 不是 0 到 ${s(p, 'bits')} 之间的数字`;
    default: return `"${s(p, 'address')}" 不是 IP 地址`;
  }
}

function cidrFixZh(p: Params): string {
  const hint = s(p, 'hint');
  const example = s(p, 'family') === 'IPv6' ? 'fd00:10:244::/56' : '10.244.0.0/16';
  if (hint.endsWith('space')) return '删除空格。';
  if (hint.endsWith('comma') || hint === 'empty-entry')
    return s(p, 'family') ? '删除逗号：每个字段只填一个 CIDR。' : '用单个逗号分隔 CIDR，不要有空格，例如 10.244.0.0/16,fd00:10:244::/56。';
  if (hint === 'no-prefix') return `加上前缀长度，例如 ${example}。`;
  if (hint.endsWith('prefix')) return `前缀用 0 到 ${s(p, 'bits')} 之间的数字。`;
  return `填写地址加 /前缀，例如 ${example}。`;
}

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'family')
      ? `${s(p, 'family')} ${s(p, 'setting') === 'podSubnet' ? 'Pod' : 'Service'} CIDR "${s(p, 'entry')}" 无法解析：${cidrProblemZh(p)}`
      : `${s(p, 'setting')} "${s(p, 'value')}" 无法解析：${cidrProblemZh(p)}`,
  reads: (p) =>
    `${s(p, 'family') ? `向导用 "," 把 IPv4 和 IPv6 两个字段连成 ${s(p, 'setting')}。` : ''}kubeadm 按 "," 拆分 ${s(p, 'setting')}，不去除空格，再把每一段当作 CIDR 解析。`,
  happens: () => '`kubeadm init` 会在部署任何东西之前报错 "couldn\'t parse subnet" 并退出。',
  fix: (p) => cidrFixZh(p),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateIPNetFromString：按 "," 拆分且不去空格，再 netutils.ParseCIDRs';
