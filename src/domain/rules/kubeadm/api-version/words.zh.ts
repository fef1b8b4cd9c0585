import { KUBEADM_API_REMOVED_IN } from '../../helpers/kubeadm-api.words';
import { s } from '../../helpers/words.zh';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

const removedIn = (p: Params): string => KUBEADM_API_REMOVED_IN[s(p, 'apiVersion')] ?? '';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    ({
      removed: `kubeadm ${s(p, 'kubernetes')} 不再接受 ${s(p, 'apiVersion')}`,
      deprecated: `${s(p, 'apiVersion')} 在 kubeadm ${s(p, 'kubernetes')} 中已弃用`,
      experimental: `${s(p, 'apiVersion')} 在 kubeadm ${s(p, 'kubernetes')} 中是实验性的，init 和 join 会拒绝`,
      unknown: `kubeadm ${s(p, 'kubernetes')} 不认识 ${s(p, 'apiVersion')}`,
    })[s(p, 'status')] ?? '',
  reads: () => 'kubeadm 在解码之前检查每个文档的 apiVersion。',
  happens: (p) =>
    ({
      removed: `\`kubeadm init\` 报错 "your configuration file uses an old API spec: "${s(p, 'apiVersion')}""。${removedIn(p) ? `kubeadm 从 ${removedIn(p)} 起拒绝它。` : ''}`,
      deprecated: `kubeadm 警告 "your configuration file uses a deprecated API spec"，仍可使用；${
        removedIn(p) ? `kubeadm ${removedIn(p)} 及以后版本会拒绝它，而 kubeadm 二进制可能比集群新一个次版本。` : '后续版本会移除。'
      }`,
      experimental: `\`kubeadm init\` 报错 "experimental API spec: "${s(p, 'apiVersion')}" is not allowed"。v1beta4 从 1.31 起可用。`,
      unknown: '`kubeadm init` 无法解码该文档。',
    })[s(p, 'status')] ?? '',
  fix: (p) => `使用 ${s(p, 'preferred')}（\`kubeadm config migrate\` 可以转换旧文件）。`,
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm util/config common.go validateSupportedVersion：v1beta2 由 PR #107013 弃用（1.23），由 PR #114540 移除（1.27）；v1beta4 由 PR #118866 作为实验性加入（1.28），由 PR #125029 进入 GA（1.31）；v1beta3 由 PR #136016 移除（1.36）';
