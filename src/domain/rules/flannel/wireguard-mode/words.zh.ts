import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `wireguard Mode "${s(p, 'mode')}" 不是 \`separate\`、\`auto\`、\`ipv4\`、\`ipv6\` 之一`,
  reads: () => 'Flannel 的 wireguard 后端从 v0.18.0 开始读取 Mode。',
  happens: (p) => (s(p, 'outcome') === 'error' ? '后端启动失败，报错 "no valid Mode configured"。' : `Flannel v${s(p, 'version')} 忽略 Mode，总是使用分离的隧道。`),
  fix: () => '使用 "separate"（每个地址族一个隧道）或 "auto"。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/backend/wireguard/wireguard.go：`Mode`（v0.18.0+）取 separate|auto|ipv4|ipv6，否则报 "no valid Mode configured"';
