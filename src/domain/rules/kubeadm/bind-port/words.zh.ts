import { foundValueZh, s } from '../../helpers/words.zh';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const zh: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'type'
      ? `bindPort 是${foundValueZh(p)}；kubeadm 需要数字`
      : s(p, 'hint') === 'not-number' ? 'API Server 端口（bindPort）为空或不是数字' : s(p, 'hint') === 'zero' ? 'API Server 端口（bindPort）为 0' : `bindPort ${s(p, 'value')} 不是有效端口`,
  reads: () => 'kubeadm 把 localAPIEndpoint.bindPort 用作 kube-apiserver --secure-port，每个 join 文件也通过这个端口连接 API Server。',
  happens: (p) =>
    s(p, 'hint') === 'type'
      ? `kubeadm 在任何检查之前先把文件解码成有类型的字段，所以 \`kubeadm init\` 报错 "json: cannot unmarshal ${s(p, 'goKind')} into Go struct field APIEndpoint.localAPIEndpoint.bindPort of type int32"。`
      : s(p, 'hint') === 'invalid'
      ? '`kubeadm init` 报错 "port number is not valid"。'
      : 'kubeadm 会把为 0 或缺失的 bindPort 悄悄改成 6443，但 join 文件的 apiServerEndpoint 只被拆成主机和端口，端口 0 会一直传到 `kubeadm join`。在字段填上端口之前，生成的文件不写 bindPort，apiServerEndpoint 也不带端口，`kubeadm join` 会以 "missing port in address" 拒绝它。',
  fix: (p) => (s(p, 'hint') === 'type' ? `把 bindPort 写成不带引号的数字：\`bindPort: ${s(p, 'port') || '6443'}\`。` : '使用 1 到 65535 之间的端口；默认 6443。'),
};

/** The source line in Chinese (function names, commits and quotes as upstream writes them). */
export const sourceZh = 'kubeadm validation.go ValidateAPIEndpoint → ValidatePort（util/endpoint.go ParsePort：1..65535）；v1beta4 defaults.go SetDefaults_APIEndpoint 把 0 改成 6443；ValidateDiscoveryTokenAPIServer 只拆分 join 文件的 apiServerEndpoint（net.SplitHostPort）；其他类型的值在 kubeadm 解码配置时失败（sigs.k8s.io/json decode.go literalStore：解码到 int32 字段时返回 UnmarshalTypeError）';
