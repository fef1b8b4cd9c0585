import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `ipsec PSK 只有 ${s(p, 'length')} 个字符；Flannel 至少需要 96 个`,
  reads: () => 'Flannel 的 ipsec 后端需要预共享密钥。',
  happens: () => '后端启动失败，报错 "config error, password is too short"。',
  fix: () => '用 `dd if=/dev/urandom count=48 bs=1 status=none | xxd -p -c 48` 生成。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'flannel pkg/backend/ipsec/ipsec.go：必须有 PSK，至少 96 个字符';
