// 简体中文说明：每条规则的说明在它自己的文件夹中（src/domain/rules/<component>/<name>/words.zh.ts），在此按文件夹汇总；
// 修复按钮的文字在此。上游的报错原文保留英文，便于在日志中搜索。
import { s } from '../domain/rules/helpers/words.zh';
import { byRule } from '../domain/rules/folders';
import type { Params, RuleText } from '../domain/rules/types';

export type { RuleText } from '../domain/rules/types';

type Text = (p: Params) => string;

const WORDS = import.meta.glob<{ zh: RuleText; sourceZh?: string }>('../domain/rules/*/*/words.zh.ts', { eager: true });

export const ruleTextZh: Record<string, RuleText> = byRule(WORDS, (m) => m.zh);

/** Each rule's source line in Chinese, where it has words to translate; otherwise the English one is used as written. */
export const RULE_SOURCES_ZH: Record<string, string> = byRule(WORDS, (m) => m.sourceZh);

export const fixLabelsZh: Record<string, Text> = {
  'set-prefix': (p) => `使用 /${s(p, 'prefix')}`,
  'set-node-mask': (p) => `把 ${s(p, 'flag')} 设为 ${s(p, 'mask')}`,
  'set-advertise-address': (p) => `通告 ${s(p, 'address')}`,
  'set-kubernetes-version': (p) => `使用 Kubernetes ${s(p, 'version')}`,
  'set-flannel-version': (p) => `使用 Flannel v${s(p, 'version')}`,
  'put-ipv4-first': () => '在 podSubnet 中让 IPv4 在前',
  'move-to-ipv6network': () => '移到 IPv6Network',
  'set-ipv6network': (p) => `把 IPv6Network 设为 ${s(p, 'cidr')}`,
  'set-network': (p) => `把 Network 设为 ${s(p, 'cidr')}`,
  'disable-ipv4': () => '设置 "EnableIPv4": false',
  'enable-ipv6': (p) => `用 ${s(p, 'cidr')} 启用 IPv6`,
  'disable-ipv6': () => '关闭 EnableIPv6',
  'set-backend': (p) => `使用 ${s(p, 'type')}`,
  'set-wireguard-mode': (p) => `使用 Mode \`${s(p, 'mode')}\``,
  'use-canonical': (p) => `使用 ${s(p, 'canonical')}`,
  'set-pod-cidr': (p) => `把 Pod CIDR 改为 ${s(p, 'cidr')}`,
  'set-service-cidr': (p) => `把 Service CIDR 改为 ${s(p, 'cidr')}`,
  'use-value': (p) => `改为“${s(p, 'value')}”`,
  'split-families': (p) => `把 ${s(p, 'ipv4')} 填入 IPv4 栏，${s(p, 'ipv6')} 填入 IPv6 栏`,
  'move-to-family': (p) => `把 ${s(p, 'value')} 移到 ${s(p, 'family')} 栏`,
};
