import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `Flannel v${s(p, 'version')} 没有名为 "${s(p, 'type')}" 的后端`,
  reads: () => 'Flannel 在已注册的后端中查找 Backend.Type（转为小写）。',
  happens: (p) =>
    `kube-flannel 报错 "Error fetching backend: unknown backend type: ${s(p, 'type').toLowerCase()}" 并退出。${({ 'added-later': 'wireguard 从 v0.16.0 开始提供。', removed: '`aws-vpc`、`gce` 和 `ali-vpc` 后端已在 v0.20.0 移除。', unknown: '' } as Record<string, string>)[s(p, 'reason')] ?? ''}`,
  fix: () => '使用 vxlan、host-gw 或 wireguard。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/backend/manager.go GetBackend："unknown backend type"；各标签中 backend.Register 注册的名称';
