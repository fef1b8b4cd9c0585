import { s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) => `--${s(p, 'flag')} "${s(p, 'value')}" 不是整数`,
  reads: (p) => `kubeadm 读取 controllerManager extraArgs 中的 ${s(p, 'flag')}，用来和 podSubnet 比较。`,
  happens: (p) => `\`kubeadm init\` 报错 "could not parse the value of the kube-controller-manager flag ${s(p, 'flag')} as an integer: strconv.Atoi: parsing "${s(p, 'value')}": invalid syntax"。`,
  fix: () => '填写纯数字，例如 24（IPv4）或 64（IPv6）。',
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go getClusterNodeMask：对 node-cidr-mask-size-ipv4/-ipv6 调用 strconv.Atoi';
