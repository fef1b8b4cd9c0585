import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `${s(p, 'setting')} 中的 "${s(p, 'value')}" 不是规范写法；它的含义是 ${s(p, 'canonical')}`,
  reads: () => 'kubeadm 的宽松解析器会清除主机位、把前导零按十进制读取，但从 1.36 起 API 对象会拒绝这种写法（StrictIPCIDRValidation）。',
  happens: (p) => (s(p, 'reason') === 'leading-zeros' ? '现在可以工作，但其他工具会把前导零当作八进制，新版 Kubernetes 的 API 对象也会拒绝。' : '主机位被静默丢弃，范围可能不是你想要的。'),
  fix: (p) => `写成 ${s(p, 'canonical')}。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'k8s.io/utils/net ParseCIDRSloppy 会清除主机位并接受前导零；StrictIPCIDRValidation（KEP-4858，1.36 beta）在 API 对象中拒绝它们';
