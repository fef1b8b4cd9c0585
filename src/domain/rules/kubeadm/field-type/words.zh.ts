import { foundValueZh, s, typeZh } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => (s(p, 'found') ? `${s(p, 'field')} 是${foundValueZh(p)}；kubeadm 需要${typeZh(p, 'expected')}` : `${s(p, 'field')} 应当是${typeZh(p, 'expected')}`),
  reads: () => 'kubeadm 把每个文档解码成有类型的 Go 结构体。',
  happens: (p) =>
    s(p, 'goKind')
      ? `\`kubeadm init\` 报解码错误："json: cannot unmarshal ${s(p, 'goKind')} into Go struct field … of type string"。`
      : '`kubeadm init` 报解码错误。',
  fix: (p) => `把 ${s(p, 'field')} 写成${typeZh(p, 'expected')}。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm initconfiguration.go：严格解码为带版本的类型';
