// 每条规则的简体中文说明，键为规则 id。上游的报错原文保留英文，便于在日志中搜索。
import type { Params } from '../domain/rules/types';
import { KUBEADM_API_REMOVED_IN } from './kubeadm-api';
import type { RuleText } from './rules.en';

type Text = (p: Params) => string;
const s = (p: Params, key: string): string => String(p[key] ?? '');
const removedIn = (p: Params): string => KUBEADM_API_REMOVED_IN[s(p, 'apiVersion')] ?? '';
const fam = (p: Params, key: string): string => s(p, key);
// The parsers describe a Go or JSON type in English (parse/net-conf.ts EXPECTED, parse/kubeadm.ts); said in Chinese here.
const TYPE_ZH: Record<string, string> = {
  'a string': '字符串',
  'a quoted string': '带引号的字符串',
  'true or false': 'true 或 false',
  'a non-negative whole number': '非负整数',
  'a whole number': '整数',
  'a CIDR string': 'CIDR 字符串',
  'an IP address string': 'IP 地址字符串',
  'an object': '对象',
  'a list': '列表',
};
// A bindPort of another YAML type (parse/kubeadm.ts bindPortType).
const VALUE_TYPE_ZH: Record<string, string> = { string: '字符串', boolean: '布尔值', number: '数字', list: '列表', map: '映射' };
const foundValueZh = (p: Params): string => `${VALUE_TYPE_ZH[s(p, 'found')] ?? '其他类型的值'}${s(p, 'value') ? ` ${s(p, 'value')}` : ''}`;
const JSON_KIND_ZH: Record<string, string> = { null: 'null', array: '数组', number: '数字', bool: '布尔值', string: '字符串', object: '对象' };
const typeZh = (p: Params, key: string, table: Record<string, string> = TYPE_ZH): string => (Object.hasOwn(table, s(p, key)) ? table[s(p, key)]! : s(p, key));

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

const ADVERTISE_PROBLEM_ZH: Record<string, string> = {
  list: '：它是一个列表',
  'leading-space': '：以空格开头，而 kubeadm 不去除空格',
  'trailing-space': '：以空格结尾，而 kubeadm 不去除空格',
  cidr: '：带有 /前缀',
};

// 节点地址字段的问题（rules/fields.ts addressFieldProblem）。
function addressProblemZh(p: Params): string {
  switch (s(p, 'hint')) {
    case 'list': return '填了一个列表，这个字段只能填一个地址';
    case 'blank': return '只有空格';
    case 'leading-comma': return '以逗号开头';
    case 'trailing-comma': return '以逗号结尾';
    case 'empty-entry': return '两个逗号之间是空项';
    case 'cidr': return `"${s(p, 'ignored')}" 带有 /前缀，节点地址不带前缀`;
    default: return `"${s(p, 'ignored')}" 不是 IP 地址`;
  }
}

const fieldNameZh = (p: Params): string =>
  s(p, 'what') === 'node' ? `${s(p, 'node')} 的 ${s(p, 'family')} 地址字段` : `${s(p, 'family')} ${s(p, 'what') === 'pod' ? 'Pod' : 'Service'} CIDR 字段`;

// --iface 的值为什么不可能是 Linux 网卡名（rules/flannel.ts interfaceNameProblem）。
const IFACE_PROBLEM_ZH: Record<string, string> = {
  dot: '"." 和 ".." 不是名字',
  space: '含有空白字符',
  slash: '含有 "/"',
  colon: '含有 ":"',
  empty: '为空',
};

export const ruleTextZh: Record<string, RuleText> = {
  'kubeadm-subnet-syntax': {
    message: (p) =>
      s(p, 'family')
        ? `${s(p, 'family')} ${s(p, 'setting') === 'podSubnet' ? 'Pod' : 'Service'} CIDR "${s(p, 'entry')}" 无法解析：${cidrProblemZh(p)}`
        : `${s(p, 'setting')} "${s(p, 'value')}" 无法解析：${cidrProblemZh(p)}`,
    reads: (p) =>
      `${s(p, 'family') ? `向导用 "," 把 IPv4 和 IPv6 两个字段连成 ${s(p, 'setting')}。` : ''}kubeadm 按 "," 拆分 ${s(p, 'setting')}，不去除空格，再把每一段当作 CIDR 解析。`,
    happens: () => '`kubeadm init` 会在部署任何东西之前报错 "couldn\'t parse subnet" 并退出。',
    fix: (p) => cidrFixZh(p),
  },
  'kubeadm-subnet-count': {
    message: (p) => `${s(p, 'setting')} 只能是一个 CIDR，或两个不同地址族的 CIDR；现在有 ${s(p, 'count')} 个`,
    reads: (p) => `kubeadm 检查 ${s(p, 'setting')} 是一个 CIDR，或者双栈时一个 IPv4 加一个 IPv6。`,
    happens: () => '`kubeadm init` 报错 "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking" 并退出。',
    fix: () => '每个地址族只保留一个 CIDR。',
  },
  'kubeadm-service-subnet-too-small': {
    message: (p) => `Service CIDR ${s(p, 'cidr')} 只有 ${s(p, 'size')} 个地址；kubeadm 至少需要 ${s(p, 'minimum')} 个`,
    reads: () => 'kubeadm 会统计每个 serviceSubnet CIDR 中的地址数量。',
    happens: (p) => `\`kubeadm init\` 报错 "subnet with ${s(p, 'size')} address(es) is too small, the minimum is ${s(p, 'minimum')}" 并退出。`,
    fix: (p) => `使用 /${s(p, 'largestPrefix')} 或更短的前缀。`,
  },
  'kubeadm-service-subnet-too-large': {
    message: (p) => `Service CIDR ${s(p, 'cidr')} 太大：kubeadm 最多允许 20 位主机位（/${s(p, 'minPrefix')}）`,
    reads: () => 'kubeadm 把每个 serviceSubnet CIDR 限制在 20 位主机位以内，因为 Service IP 分配器用位图记录它。',
    happens: (p) => `\`kubeadm init\` 报错 "specified service subnet is too large; for ${s(p, 'bits')}-bit addresses, the mask must be >= ${s(p, 'minPrefix')}"。从 Kubernetes 1.34 起 API Server 本身不再限制大小，但 kubeadm 仍然检查。`,
    fix: (p) => `使用 /${s(p, 'minPrefix')} 或更长的前缀。`,
  },
  'kubeadm-pod-subnet-too-small': {
    message: (p) => `Pod CIDR ${s(p, 'cidr')} 只有 ${s(p, 'size')} 个地址；kubeadm 至少需要 ${s(p, 'minimum')} 个`,
    reads: () => 'kubeadm 会统计每个 podSubnet CIDR 中的地址数量。',
    happens: (p) => `\`kubeadm init\` 报错 "subnet with ${s(p, 'size')} address(es) is too small, the minimum is ${s(p, 'minimum')}" 并退出。`,
    fix: (p) => `使用 /${s(p, 'largestPrefix')} 或更短的前缀；实际集群需要大得多，例如 IPv4 用 /16。`,
  },
  'kubeadm-node-mask-not-integer': {
    message: (p) => `--${s(p, 'flag')} "${s(p, 'value')}" 不是整数`,
    reads: (p) => `kubeadm 读取 controllerManager extraArgs 中的 ${s(p, 'flag')}，用来和 podSubnet 比较。`,
    happens: (p) => `\`kubeadm init\` 报错 "could not parse the value of the kube-controller-manager flag ${s(p, 'flag')} as an integer: strconv.Atoi: parsing "${s(p, 'value')}": invalid syntax"。`,
    fix: () => '填写纯数字，例如 24（IPv4）或 64（IPv6）。',
  },
  'kubeadm-pod-subnet-smaller-than-node-mask': {
    message: (p) => `Pod CIDR ${s(p, 'cidr')} 比单个节点的网段（/${s(p, 'mask')}）还小`,
    reads: (p) => `kube-controller-manager 按 --${s(p, 'flag')}（IPv4 默认 24，IPv6 默认 64）把 Pod CIDR 切成每个节点一块；kubeadm 检查 Pod CIDR 至少能容纳一块。`,
    happens: (p) => `\`kubeadm init\` 报错 "the size of pod subnet with mask ${s(p, 'prefix')} is smaller than the size of node subnet with mask ${s(p, 'mask')}"。从 1.20 起 kubeadm 不再自动计算 IPv6 节点掩码（kubernetes/kubernetes#95723）。`,
    fix: (p) => `把 ${s(p, 'flag')} 设为不小于 ${s(p, 'prefix')}、不大于 ${Number(p.prefix) + 16} 的值，或使用更短的 Pod 前缀。`,
  },
  'kubeadm-node-mask-difference': {
    message: (p) => `节点掩码 /${s(p, 'mask')} 比 Pod CIDR ${s(p, 'cidr')} 长了 16 位以上`,
    reads: () => 'kube-controller-manager 用最多 2^16 项的位图记录节点网段；kubeadm 拒绝更多。',
    happens: (p) => `\`kubeadm init\` 报错 "pod subnet mask (${s(p, 'prefix')}) and node-mask (${s(p, 'mask')}) difference is greater than 16"。`,
    fix: (p) => `把 ${s(p, 'flag')} 设为 ${s(p, 'suggested')} 或更小，或把 Pod CIDR 扩大到 /${s(p, 'suggestedPrefix')}。`,
  },
  'kubeadm-advertise-address-invalid': {
    message: (p) =>
      s(p, 'node')
        ? `${s(p, 'node')} 的 ${s(p, 'family')} 地址${s(p, 'hint') === 'leading-space' ? '以空格开头' : '以空格结尾'}，而 kubeadm 把它原样当作通告地址读取`
        : `advertiseAddress "${s(p, 'value')}" 不是单个 IP 地址${ADVERTISE_PROBLEM_ZH[s(p, 'hint')] ?? ''}`,
    reads: (p) =>
      `${s(p, 'node') ? `advertiseAddress 为空，所以向导在那里写入 ${s(p, 'node')} 的 ${s(p, 'family')} 地址。` : ''}kubeadm 把 localAPIEndpoint.advertiseAddress 传给 kube-apiserver --advertise-address，它只接受一个 IP，也不去除空格。`,
    happens: (p) => `\`kubeadm init\` 报错 "couldn't use "${s(p, 'value')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address"。${s(p, 'hint') === 'list' ? '通告地址不能是双栈。' : ''}`,
    fix: (p) => (s(p, 'node') || s(p, 'hint').endsWith('-space') ? '删除空格。' : '填写控制面节点在 serviceSubnet 第一个地址族中的地址。'),
  },
  'kubeadm-advertise-address-unusable': {
    message: (p) => `advertiseAddress ${s(p, 'value')} 是 ${s(p, 'kind')} 地址`,
    reads: () => 'kubeadm 检查 API Server 能否绑定并通告该地址。',
    happens: (p) => `\`kubeadm init\` 报错 "cannot use "${s(p, 'value')}" as the bind address for the API Server"。`,
    fix: () => '使用控制面节点的全局单播地址。',
  },
  'kubeadm-bind-port': {
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
  },
  'kubeadm-dns-domain': {
    message: (p) => `dnsDomain "${s(p, 'value')}" 不是小写的 RFC 1123 域名`,
    reads: () => 'kubeadm 校验 networking.dnsDomain，并把它写入 kubelet 的 clusterDomain 和 CoreDNS。',
    happens: () => '`kubeadm init` 报错 "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character"。',
    fix: (p) => (s(p, 'lower') && s(p, 'lower') !== s(p, 'value') ? `改用 "${s(p, 'lower')}"。` : '使用例如 cluster.local 这样的域名。'),
  },
  'kubeadm-control-plane-endpoint-invalid': {
    message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" 不是有效的 主机 或 主机:端口`,
    reads: () => 'kubeadm 把 controlPlaneEndpoint 拆成主机和端口；主机必须是 IP 或 DNS 名称。',
    happens: (p) => `\`kubeadm init\` 报错 "endpoint is not valid"。${s(p, 'hint') === 'bracket-without-port' ? '方括号只能和端口一起使用。' : ''}`,
    fix: (p) => (s(p, 'suggestion') ? `写成 "${s(p, 'suggestion')}"，或去掉方括号。` : '使用 DNS 名称、IP 或 [IPv6]:端口。'),
  },
  'kubeadm-control-plane-endpoint-ipv6-port': {
    message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" 会被当成一个 IPv6 地址，而不是 地址 + 端口 ${s(p, 'port')}`,
    reads: () => 'kubeadm 先尝试拆分主机和端口；失败时把整个字符串当作主机。',
    happens: (p) => `kubeadm 接受它，但端点是 IPv6 地址 "${s(p, 'value')}" 加默认端口，节点会连到错误的地址，证书里的 SAN 也不对。`,
    fix: (p) => `给地址加方括号：${s(p, 'intended')}。`,
  },
  'kubeadm-join-endpoint': {
    message: (p) => `${s(p, 'node')} 的 JoinConfiguration apiServerEndpoint "${s(p, 'value')}" 需要 主机:端口`,
    reads: () => 'kubeadm join 用 net.SplitHostPort 拆分 discovery.bootstrapToken.apiServerEndpoint。',
    happens: (p) => `\`kubeadm join\` 报错 "address ${s(p, 'value')}: ${s(p, 'error')} in address"。`,
    fix: () => '写成 主机:端口，IPv6 地址加方括号：[fd00::1]:6443。',
  },
  'kubeadm-node-name': {
    message: (p) => (s(p, 'value') === '' ? '有一个节点没有名称' : `节点名称 "${s(p, 'value')}" 不是小写的 RFC 1123 名称`),
    reads: () => 'kubeadm 校验 nodeRegistration.name，它会成为 Node 对象的名称。',
    happens: (p) =>
      s(p, 'value') === ''
        ? '`kubeadm init` 或 `join` 会使用主机名；无法检测时报错 "--node-name or .nodeRegistration.name in the config file is a required value"。'
        : `\`kubeadm init\` 或 \`join\` 报错 'nodeRegistration.name: Invalid value: "${s(p, 'value')}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.''。`,
    fix: (p) => (s(p, 'lower') ? `改用 "${s(p, 'lower')}"。` : '只用小写字母、数字、"-" 和 "."。'),
  },
  'kubeadm-api-version': {
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
  },
  'kubernetes-version-unknown': {
    message: (p) =>
      s(p, 'reason') === 'unparsable'
        ? `无法解析 Kubernetes 版本 "${s(p, 'value')}"；规则按已知最新的 ${s(p, 'assumed')} 检查`
        : `Kubernetes ${s(p, 'value')} 不在本工具已知的范围内（1.23 到 1.37）；规则按 ${s(p, 'assumed')} 检查`,
    reads: () =>
      `kubeadm、kube-apiserver 和 kubelet 的规则随 Kubernetes 次版本变化；这些事实覆盖 1.23（双栈 GA）到 1.37。`,
    happens: (p) =>
      s(p, 'reason') === 'unparsable'
        ? `所有规则都按 Kubernetes ${s(p, 'assumed')} 检查；如果集群运行的是别的版本，检查结果可能与实际不符。`
        : `每条规则把已知的版本边界套用到 ${s(p, 'assumed')}；1.23 之前或 1.37 之后的变化这里不知道，检查结果可能与集群实际不符。`,
    fix: () => `选择 1.23 到 1.37 之间的 Kubernetes 版本。`,
  },
  'kubeadm-preflight-ipv4-forward': {
    message: (p) => `即使是纯 IPv6 集群，kubeadm ${s(p, 'kubernetes')} 也会检查 IPv4 转发`,
    reads: () => '1.27 之前的 kubeadm 预检在每个 Linux 节点上检查 /proc/sys/net/ipv4/ip_forward，不管使用哪些地址族；1.27 起转发检查才按使用的地址族进行（kubernetes/kubeadm#2806）。',
    happens: () =>
      '除非 net.ipv4.ip_forward 为 1，`kubeadm init` 和 `join` 会在预检阶段报错 "[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1" 并停止。',
    fix: () => '在每个节点上同时设置 net.ipv4.ip_forward = 1（写入 /etc/sysctl.d/k8s.conf 后执行 `sysctl --system`），或使用 Kubernetes 1.27 及以上版本。',
  },
  'kubeadm-site-local-subnet': {
    message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} 位于已弃用的站点本地范围 fec0::/10`,
    reads: () => 'kubeadm 会把每个子网与 fec0::/10 比较。',
    happens: () => 'kubeadm 输出警告后继续；站点本地地址已被弃用（RFC 3879），主机可能把它当作全局地址。',
    fix: () => '改用唯一本地地址（fd00::/8，可用 ULA 按钮生成）。',
  },
  'kubeadm-pod-subnet-missing': {
    message: () => '没有 podSubnet：节点拿不到 Flannel 需要的 podCIDR',
    reads: () => '只有设置了 networking.podSubnet，kubeadm 才会给 kube-controller-manager 打开 --allocate-node-cidrs；kube-subnet-mgr 模式的 Flannel 读取每个节点的 spec.podCIDR。',
    happens: () => 'kube-flannel 在每个节点上报错 "node <name> pod cidr not assigned"，Pod 都没有网络。',
    fix: () => '把 networking.podSubnet（kubeadm init --pod-network-cidr）设为 Flannel 的 Network，例如 10.244.0.0/16。',
  },
  'kubeadm-extra-args-shape': {
    message: (p) => `${s(p, 'field')} 写成了 ${s(p, 'found') === 'map' ? '映射' : s(p, 'found') === 'list' ? '列表' : s(p, 'found')}，但 ${s(p, 'apiVersion')} 需要${s(p, 'expected') === 'list' ? '列表' : '映射'}`,
    reads: () => 'kubeadm 按文档的 apiVersion 解码 extraArgs 和 kubeletExtraArgs：v1beta3 是映射，v1beta4 是 `{name, value}` 列表。',
    happens: () => '`kubeadm init` 在部署任何东西之前报解码错误（`cannot unmarshal …`）。',
    fix: (p) => (s(p, 'expected') === 'list' ? '每个参数写成 "- name: <参数>\\n  value: "<值>""。' : '参数写成映射："<参数>: "<值>""。'),
  },
  'kubeadm-yaml-invalid': {
    message: (p) => `不是有效的 YAML："${s(p, 'error')}"`,
    reads: () => 'kubeadm 把 --config 文件读成以 "---" 分隔的 YAML 文档。',
    happens: () => '`kubeadm init` 在读取文件时报错退出。',
    fix: () => '修正所示行的 YAML 语法（缩进、缺少冒号、制表符）。',
  },
  'kubeadm-field-type': {
    message: (p) => (s(p, 'found') ? `${s(p, 'field')} 是${foundValueZh(p)}；kubeadm 需要${typeZh(p, 'expected')}` : `${s(p, 'field')} 应当是${typeZh(p, 'expected')}`),
    reads: () => 'kubeadm 把每个文档解码成有类型的 Go 结构体。',
    happens: (p) =>
      s(p, 'goKind')
        ? `\`kubeadm init\` 报解码错误："json: cannot unmarshal ${s(p, 'goKind')} into Go struct field … of type string"。`
        : '`kubeadm init` 报解码错误。',
    fix: (p) => `把 ${s(p, 'field')} 写成${typeZh(p, 'expected')}。`,
  },
  'apiserver-advertise-family': {
    message: (p) =>
      s(p, 'mode') === 'auto'
        ? `serviceSubnet 把 ${fam(p, 'family')} 排在前面，但没有设置 advertiseAddress，kubeadm 会探测到一个 IPv4 地址`
        : `advertiseAddress ${s(p, 'address')} 不是 ${fam(p, 'family')}，与 serviceSubnet 第一项 ${s(p, 'serviceCidr')} 的地址族不同`,
    reads: (p) =>
      s(p, 'outcome') === 'unchecked'
        ? `kube-apiserver ${s(p, 'kubernetes')} 不比较 --advertise-address 与 --service-cluster-ip-range 第一项的地址族（这项检查从 1.24 起才有）："kubernetes" Service 的 ClusterIP 属于第一项的地址族，端点却是通告地址。未设置 advertiseAddress 时，kubeadm 选择默认路由网卡并优先使用 IPv4。`
        : 'kube-apiserver 要求 --advertise-address 与 --service-cluster-ip-range 第一项的地址族相同，因为 "kubernetes" Service（属于该地址族）指向它。未设置 advertiseAddress 时，kubeadm 选择默认路由网卡并优先使用 IPv4。',
    happens: (p) =>
      s(p, 'outcome') === 'unchecked'
        ? `kube-apiserver 能启动，但 "kubernetes" Service 的 ClusterIP 是 ${fam(p, 'family')}，端点却属于另一个地址族，通过 kubernetes.default.svc 访问 API server 的 Pod 很可能连接失败（kubernetes-sigs/kind#2484 中报告为 "connection refused"；kubernetes/kubernetes#111671）。`
        : `kube-apiserver 启动失败，报错 "service IP family "${s(p, 'serviceCidr')}" must match public address family "<通告地址>""，\`kubeadm init\` 会一直等待控制面直到超时（kubernetes/kubernetes#111671、kubernetes/kubeadm#2754）。`,
    fix: (p) => `把 localAPIEndpoint.advertiseAddress 设为控制面节点的 ${fam(p, 'family')} 地址，或在 serviceSubnet 中把另一个地址族排在前面。`,
  },
  'controller-manager-legacy-mask-dual-stack': {
    message: () => '双栈集群不能使用 --node-cidr-mask-size',
    reads: () => 'kube-controller-manager 在设置节点 IPAM 时读取节点掩码参数。',
    happens: () => 'kube-controller-manager 报错 "usage of --node-cidr-mask-size is not allowed with dual-stack clusters" 并退出；节点都拿不到 podCIDR。',
    fix: () => '改用 node-cidr-mask-size-ipv4 和 node-cidr-mask-size-ipv6。',
  },
  'controller-manager-legacy-and-family-mask': {
    message: (p) => `--node-cidr-mask-size 与 ${s(p, 'flags')} 同时设置`,
    reads: () => 'kube-controller-manager 在设置节点 IPAM 时读取节点掩码参数。',
    happens: () => 'kube-controller-manager 报错 "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set" 并退出。',
    fix: () => '只保留按地址族区分的参数。',
  },
  'controller-manager-mask-wrong-family': {
    message: (p) => `单栈 ${fam(p, 'family')} 集群设置了 --${s(p, 'flag')}`,
    reads: () => 'kube-controller-manager 把每个掩码参数对应到同一地址族的集群 CIDR。',
    happens: (p) => `kube-controller-manager 报错 "usage of --${s(p, 'flag')} is not allowed for a single-stack ${fam(p, 'family')} cluster" 并退出。`,
    fix: (p) => `删除 --${s(p, 'flag')}。`,
  },
  'controller-manager-node-capacity': {
    message: (p) => `${s(p, 'cidr')} 按 /${s(p, 'mask')} 分块只能容纳 ${s(p, 'usable')} 个节点；规划中有 ${s(p, 'nodes')} 个`,
    reads: (p) => `kube-controller-manager 给每个节点分配 Pod CIDR 中的一个 /${s(p, 'mask')} 网段：2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} 块，再减去与 Service CIDR 重叠的块。`,
    happens: () => '超出的节点拿不到 podCIDR：事件 "CIDRNotAvailable"，错误 "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range"；这些节点上的 Flannel 失败，Pod 没有网络。',
    fix: (p) => `调大 ${s(p, 'flag')}（块更小、节点更多）或扩大 Pod CIDR。`,
  },
  'controller-manager-one-node-block': {
    message: (p) => `${s(p, 'cidr')} 按 /${s(p, 'mask')} 分块只能容纳一个节点`,
    reads: (p) => `kube-controller-manager 给每个节点分配 Pod CIDR 中的一个 /${s(p, 'mask')} 网段：2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} 块，再减去与 Service CIDR 重叠的块。第一个节点就占用了唯一的一块。`,
    happens: () => '第二个注册的节点拿不到 podCIDR：事件 "CIDRNotAvailable"，错误 "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range"。该节点上的 Flannel 报错 "failed to acquire lease"，Pod 没有网络（flannel-io/flannel#1688、kubernetes/kubernetes#112367）。',
    fix: (p) => `调大 ${s(p, 'flag')}（块更小、节点更多）或扩大 Pod CIDR。`,
  },
  'controller-manager-pods-per-node': {
    message: (p) => `/${s(p, 'mask')} 节点网段只有 ${s(p, 'addresses')} 个 ${fam(p, 'family')} Pod 地址，少于 kubelet 的 maxPods ${s(p, 'maxPods')}`,
    reads: () => 'Flannel 的 CNI 插件从节点网段中分配 Pod 地址；kubelet 每个节点最多调度 maxPods 个 Pod。',
    happens: () => '网段用完后，该节点上的新 Pod 会卡在 ContainerCreating，报 "failed to allocate for range"。',
    fix: () => '减小节点掩码（网段更大），或在 KubeletConfiguration 中调低 maxPods。',
  },
  'kubelet-node-ip-count': {
    message: (p) => `${s(p, 'node')} 的 node-ip "${s(p, 'value')}" 只能是一个 IP，或一个 IPv4 加一个 IPv6`,
    reads: () => 'kubelet 启动时解析 --node-ip（nodeRegistration.kubeletExtraArgs）。',
    happens: (p) =>
      `kubelet 报错 'bad --node-ip "${s(p, 'value')}"${s(p, 'parser') === 'legacy' ? ';' : ':'} must contain either a single IP or a dual-stack pair of IPs' 并退出，节点无法加入。`,
    fix: () => '每个地址族给一个地址，主地址族在前。',
  },
  'kubelet-node-ip-unspecified-pair': {
    message: (p) => `${s(p, 'node')} 的 node-ip "${s(p, 'value')}" 把真实地址与 0.0.0.0 或 :: 配对`,
    reads: () => 'kubelet 启动时解析 --node-ip。',
    happens: (p) =>
      s(p, 'parser') === 'legacy'
        ? `kubelet 报错 'dual-stack --node-ip "${s(p, 'value')}" cannot include '0.0.0.0' or '::'' 并退出。`
        : `kubelet 报错 'bad --node-ip "${s(p, 'value')}": dual-stack node IP cannot include '0.0.0.0' or '::'' 并退出。`,
    fix: () => '填两个真实地址，或只填一个。',
  },
  'kubelet-node-ip-unparsable': {
    message: (p) =>
      s(p, 'family') ? `${s(p, 'node')} 的 ${s(p, 'family')} 地址无法解析：${addressProblemZh(p)}` : `${s(p, 'node')} 的 node-ip 中有 kubelet 会忽略的项：${s(p, 'ignored')}`,
    reads: (p) => `${s(p, 'family') ? '向导用 "," 把节点的 IPv4 和 IPv6 两个字段连成 --node-ip。' : ''}kubelet 按 "," 拆分 --node-ip，丢弃无法解析的部分。`,
    happens: (p) =>
      `kubelet 记录 "${s(p, 'parser') === 'legacy' ? 'Could not parse --node-ip ignoring' : 'Could not parse some node IP(s), ignoring them'}"，只用剩下的地址运行，节点可能变成单栈。${
        s(p, 'family') ? `节点会缺少本方案给它的 ${s(p, 'family')} 地址。` : ''
      }${
        s(p, 'advertise') === 'yes'
          ? `这个地址也是通告地址，所以 \`kubeadm init\` 会先报错 "couldn't use "${s(p, 'entry')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address"。`
          : ''
      }`,
    fix: (p) => (s(p, 'family') ? `填写一个 ${s(p, 'family')} 地址，例如 ${s(p, 'family') === 'IPv4' ? '192.168.10.21' : 'fd00:192:168:10::21'}。` : '修正或删除这些项。'),
  },
  'kubelet-node-ip-cloud-dual-stack': {
    message: (p) => `在 Kubernetes ${s(p, 'kubernetes')} 上，${s(p, 'node')} 的双栈 node-ip 与 --cloud-provider=external 不能同时使用`,
    reads: (p) =>
      s(p, 'parser') === 'legacy'
        ? `只要设置了 --cloud-provider，kubelet ${s(p, 'kubernetes')} 就拒绝双栈 --node-ip；面向外部云提供商的 CloudDualStackNodeIPs 特性门控从 1.27 才有（1.29 起默认开启，1.30 GA）。`
        : '只有打开 CloudDualStackNodeIPs（1.29 起 beta 默认开启，1.30 GA）时，kubelet 才接受外部云提供商下的双栈 --node-ip。',
    happens: (p) =>
      s(p, 'parser') === 'legacy'
        ? `kubelet 报错 'dual-stack --node-ip "${s(p, 'value')}" not supported when using a cloud provider' 并退出，节点无法加入集群。`
        : `kubelet 报错 'bad --node-ip "${s(p, 'value')}": dual-stack not supported in this configuration' 并退出（kubernetes/cloud-provider-openstack#2322）。`,
    fix: (p) =>
      s(p, 'parser') === 'legacy'
        ? '使用 Kubernetes 1.29 或更高版本，或在此版本上给每个节点只配置一个 node-ip。'
        : '使用 Kubernetes 1.29 或更高版本，或在 kubelet 和云控制器管理器上打开 CloudDualStackNodeIPs 特性门控。',
  },
  'kubelet-node-ip-missing-family': {
    message: (p) => `双栈集群中 ${s(p, 'node')} 没有 ${fam(p, 'missing')} node-ip`,
    reads: () => 'kubelet 用 --node-ip 上报节点的 InternalIP；没有云提供商时，它不会自动探测第二个地址族。',
    happens: (p) => `节点只列出一个地址族，hostNetwork Pod（包括 Flannel 和 kube-proxy）拿不到 ${fam(p, 'missing')} Pod IP，发往节点 ${fam(p, 'missing')} 地址的流量不被 Kubernetes 处理。`,
    fix: (p) => `补上该节点的 ${fam(p, 'missing')} 地址。`,
  },
  'kubelet-node-ip-unusable': {
    message: (p) => `${s(p, 'node')} 的 node-ip ${s(p, 'address')} 是 ${s(p, 'kind')} 地址`,
    reads: () => 'kubelet 检查每个节点 IP 是否可用并存在于本机网卡上。',
    happens: () => 'kubelet 无法验证节点 IP（"failed to validate nodeIP"），节点状态更新失败，节点保持 NotReady 或没有地址。',
    fix: () => '使用节点主网卡上的地址。',
  },
  'kube-proxy-cluster-cidr-invalid': {
    message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" 无效`,
    reads: () => 'kube-proxy 启动时校验 clusterCIDR；kubeadm 不检查组件配置。',
    happens: (p) =>
      `kube-proxy DaemonSet 反复崩溃，报错 "${
        ({ 'too-many': 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', 'not-dual': 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', invalid: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)' } as Record<string, string>)[s(p, 'shape')] ?? ''
      }"。`,
    fix: () => '删除 clusterCIDR，让 kubeadm 填入 podSubnet；或与 podSubnet 完全一致。',
  },
  'kube-proxy-cluster-cidr-mismatch': {
    message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" 与 podSubnet "${s(p, 'podSubnet')}" 不同`,
    reads: () => 'kube-proxy 在做地址伪装时用 clusterCIDR 区分 Pod 流量和外部流量。',
    happens: () => 'kubeadm 只给出警告；来自 clusterCIDR 之外的 Pod 流量被当作外部流量，可能导致 Service 访问或源地址异常。',
    fix: () => '删除 clusterCIDR，让 kubeadm 填入 podSubnet。',
  },
  'flannel-version-unknown': {
    message: (p) => `Flannel 版本 "${s(p, 'value')}" 超出本工具已知范围；规则按 v${s(p, 'assumed')} 处理`,
    reads: () => 'Flannel 规则随版本变化：v0.15.0 是第一个支持双栈的版本，v0.28.9 是这里已知的最新版本。',
    happens: () => '检查结果可能与你的 Flannel 行为不符。',
    fix: () => '选择 v0.15.0 到 v0.28.9 之间的版本。',
  },
  'flannel-network-invalid': {
    message: (p) => `net-conf.json 中的 ${s(p, 'key')} "${s(p, 'value')}" 不是 CIDR`,
    reads: () => 'Flannel 读取 net-conf.json 时用 Go 的 net.ParseCIDR 解析 Network 和 IPv6Network。',
    happens: (p) => `kube-flannel 报错 'error parsing subnet config: invalid CIDR address: ${s(p, 'value')}' 并退出。`,
    fix: () => '填写该地址族的 Pod CIDR，例如 10.244.0.0/16。',
  },
  'flannel-network-not-ipv4': {
    message: (p) => `net-conf.json 的 Network 是 IPv6 CIDR ${s(p, 'value')}`,
    reads: () => 'Flannel 只把 Network 当作 IPv4 CIDR；IPv6 应写在 IPv6Network。',
    happens: (p) => (s(p, 'outcome') === 'panic' ? `Flannel v${s(p, 'version')} 在读取文件时 panic："Address is not an IPv4 address"，并反复重启。` : `Flannel v${s(p, 'version')} 报错 "error parsing subnet config: invalid IPv4 CIDR format" 并退出。`),
    fix: () => '把 IPv6 CIDR 移到 IPv6Network 并设置 "EnableIPv6": true；Network 填 IPv4 Pod CIDR，纯 IPv6 则设置 "EnableIPv4": false。',
  },
  'flannel-no-stack': {
    message: () => 'net-conf.json 同时关闭了 EnableIPv4 和 EnableIPv6',
    reads: () => 'Flannel 根据 EnableIPv4（默认 true）和 EnableIPv6 决定协议栈。',
    happens: () => 'kube-flannel 记录 "none defined stack" 并退出。',
    fix: () => '至少启用一个地址族。',
  },
  'flannel-ipv6-network-missing': {
    message: () => 'net-conf.json 设置了 EnableIPv6，但没有 IPv6Network',
    reads: () => 'EnableIPv6 为 true 时，Flannel 从 IPv6Network 读取 IPv6 Pod 网络。',
    happens: (p) =>
      ({
        panic: `Flannel v${s(p, 'version')} 发生空指针 panic（"invalid memory address or nil pointer dereference"）。`,
        error: `Flannel v${s(p, 'version')} 报错 "error parsing subnet config: Please define a correct IPv6Network parameter in the flannel config" 并退出。`,
        unchecked: `Flannel v${s(p, 'version')} 在 kube-subnet-mgr 模式下不检查它，但官方文档要求双栈必须设置，IPv6 的地址伪装和路由都基于 IPv6Network。`,
      })[s(p, 'outcome')] ?? '',
    fix: () => '把 IPv6Network 设为 IPv6 Pod CIDR。',
  },
  'flannel-network-missing': {
    message: () => 'IPv4 已启用，但 net-conf.json 没有 Network',
    reads: () => 'Flannel 检查 Network 是否包含每个节点的 IPv4 podCIDR；除非设为 false，EnableIPv4 默认为 true。',
    happens: (p) =>
      ({
        accepted: `Flannel v${s(p, 'version')} 把它当作 0.0.0.0/0，地址伪装会把所有 IPv4 目的地址都当成 Pod 流量。`,
        'parse-error': `Flannel v${s(p, 'version')} 报错 "error parsing subnet config: Please define a correct Network parameter in the flannel config" 并退出。`,
        'no-ipv4-network': `Flannel v${s(p, 'version')} 报错 "could not find an ipv4 network in the flannel configuration"。`,
        'not-contained': `Flannel v${s(p, 'version')} 报错 'subnet "0.0.0.0/0" specified in the flannel net config doesn't contain "<podCIDR>" PodCIDR of the "<node>" node'。`,
      })[s(p, 'outcome')] ?? '',
    fix: (p) => (s(p, 'pod') ? `设置 "Network": "${s(p, 'pod')}"。` : '把 Network 设为 IPv4 Pod CIDR；纯 IPv6 则设置 "EnableIPv4": false。'),
  },
  'flannel-network-contains-pod-cidr': {
    message: (p) => `Flannel 的 ${s(p, 'key')} ${s(p, 'network')} 不包含 Pod CIDR ${s(p, 'pod')}`,
    reads: (p) => `Flannel 检查 ${s(p, 'key')} 是否包含 kube-controller-manager 从 kubeadm podSubnet 中分给每个节点的 podCIDR。`,
    happens: (p) =>
      s(p, 'outcome') === 'error'
        ? `kube-flannel 报错 'subnet "${s(p, 'network')}" specified in the flannel net config doesn't contain "<节点 podCIDR>" PodCIDR of the "<node>" node' 并退出。`
        : `Flannel v${s(p, 'version')} 不检查这一点，但地址伪装和路由基于 ${s(p, 'key')}，范围之外的 Pod 流量会被错误处理。`,
    fix: (p) => `把 ${s(p, 'key')} 设为 ${s(p, 'pod')}（或包含它的更大范围）。`,
  },
  'flannel-ipv6-first-podsubnet': {
    message: (p) =>
      s(p, 'source') === 'nodes'
        ? `节点 ${s(p, 'nodes')} 的 podCIDRs 中 IPv6 在前（"${s(p, 'podSubnet')}"）：Flannel v${s(p, 'version')} 会崩溃，报错 "Address is not an IPv4 address"`
        : `podSubnet "${s(p, 'podSubnet')}" 中 IPv6 在前：Flannel v${s(p, 'version')} 会崩溃，报错 "Address is not an IPv4 address"`,
    reads: (p) =>
      s(p, 'source') === 'nodes'
        ? 'kube-controller-manager 给节点分配 podCIDRs 时把第一个网段（即 IPv6 网段）设为 node.spec.podCIDR，之后不再改变。v0.20.2 之前的 Flannel 把 spec.podCIDR 当作节点的 IPv4 子网读取。'
        : 'kube-controller-manager 把 podSubnet 第一项中的网段设为 node.spec.podCIDR，因此它是 IPv6 网段。v0.20.2 之前的 Flannel 把 spec.podCIDR 当作节点的 IPv4 子网读取。',
    happens: (p) =>
      `${s(p, 'outcome') === 'panic' ? 'kube-flannel 启动时 panic："panic: Address is not an IPv4 address"，Pod 反复重启。' : 'kube-flannel 反复崩溃：第一次启动记录 \'subnet "<Network>" specified in the flannel net config doesn\'t contain "<IPv6 网段>" PodCIDR\'，之后每次重启都记录 "Observed a panic: Address is not an IPv4 address"。Pod 网络始终起不来（flannel-io/flannel#1629）。'}Flannel v0.20.2（PR #1672）修复了此问题，改为按地址族选择 podCIDR。`,
    fix: (p) =>
      s(p, 'source') === 'nodes'
        ? '使用 Flannel v0.20.2 或更高版本。现在调整 podSubnet 的顺序无济于事：节点会一直保留已分配的 podCIDRs。'
        : `使用 Flannel v0.20.2 或更高版本；或在 podSubnet 中让 IPv4 在前（"${s(p, 'ipv4First')}"），serviceSubnet 和 node-ip 仍可以 IPv6 在前。`,
  },
  'flannel-ipv6-only-unsupported': {
    message: (p) => `Flannel v${s(p, 'version')} 不支持纯 IPv6 集群`,
    reads: () => 'v0.17.0 之前的 Flannel 不管 EnableIPv4 如何，总是把 node.spec.podCIDR 当作 IPv4 子网读取；纯 IPv6 集群（podSubnet 只有 IPv6，或 net-conf.json 设置了 "EnableIPv4": false）给它的是 IPv6 子网。',
    happens: () => 'kube-flannel 在每个节点上 panic："Address is not an IPv4 address"。',
    fix: () => '使用 Flannel v0.17.0 或更高版本（纯 IPv6 支持，PR #1539）；最好用最新版。',
  },
  'flannel-ipv6-only-enable-ipv4': {
    message: () => '纯 IPv6 集群，但 net-conf.json 没有设置 "EnableIPv4": false',
    reads: () => '除非 EnableIPv4 明确为 false，Flannel 会启用 IPv4，并去寻找 IPv4 网络、路由和租约。',
    happens: (p) =>
      ({
        panic: `Flannel v${s(p, 'version')} 把节点的 IPv6 podCIDR 当作 IPv4 读取，panic："Address is not an IPv4 address"。`,
        'parse-error': `Flannel v${s(p, 'version')} 报错 "Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config"（siderolabs/talos#6427）。`,
        interface: `Flannel v${s(p, 'version')} 在纯 IPv6 主机上失败："failed to get default interface: unable to find default route"，v0.26.0 起也可能是 "IPv4 is enabled but the lease has no IPv4"。`,
      })[s(p, 'outcome')] ?? '',
    fix: () => '添加 "EnableIPv4": false 并删除 Network。',
  },
  'flannel-dual-stack-ipv4-only-netconf': {
    message: (p) => `kubeadm 给节点分配了 IPv6 podCIDR（${s(p, 'pod')}），但 net-conf.json 没有启用 IPv6`,
    reads: () => '只有设置 "EnableIPv6": true 和 IPv6Network，Flannel 才配置 IPv6；官方 kube-flannel.yml 两者都没有。它如何处理节点的 IPv6 podCIDR 取决于版本。',
    happens: (p) =>
      ({
        ignored: `Flannel v${s(p, 'version')} 正常运行，但静默忽略 IPv6 podCIDR：Pod 没有 IPv6 地址，集群只是名义上的双栈。`,
        panic: `Flannel v${s(p, 'version')} 发生空指针 panic（flannel PR #1572、issue #2225）。`,
        'not-in-config': `Flannel v${s(p, 'version')} 报错 'failed to acquire lease: subnet "<IPv6 podCIDR>" specified in the PodCIDR, but doesn't exist in the flannel net config of the "<node>" node'（kubernetes/kubernetes#112167）。`,
        'no-ipv6-network': `Flannel v${s(p, 'version')} 报错 "could not find an ipv6 network in the flannel configuration"。`,
        'not-enabled': '设置了 IPv6Network 但 EnableIPv6 不是 true，Flannel 不写 FLANNEL_IPV6_SUBNET，Pod 拿不到 IPv6 地址。',
      })[s(p, 'outcome')] ?? '',
    fix: (p) => `添加 "EnableIPv6": true 和 "IPv6Network": "${s(p, 'pod')}"。`,
  },
  'flannel-enable-ipv6-without-pod-cidr': {
    message: () => 'net-conf.json 启用了 IPv6，但 podSubnet 中没有 IPv6 CIDR',
    reads: () => '启用 EnableIPv6 后，Flannel 期望每个节点都有 IPv6 podCIDR；只有 podSubnet 含 IPv6 CIDR 时 kube-controller-manager 才会分配。',
    happens: (p) =>
      ({
        error: `Flannel v${s(p, 'version')} 报错 "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6" 并退出。`,
        panic: `Flannel v${s(p, 'version')} 发生空指针 panic（"This panic usually happens if you have configured flannel to use dual-stack but not kube-controller"，flannel#1789、#2115）。`,
        'panic-unsure': `据报告，Flannel v${s(p, 'version')} 会在 vxlan 后端发生空指针崩溃。`,
      })[s(p, 'outcome')] ?? '',
    fix: () => '在 podSubnet 中加入 IPv6 Pod CIDR，或关闭 EnableIPv6。',
  },
  'flannel-backend-missing': {
    message: () => 'net-conf.json 没有 Backend，Flannel 会使用 udp',
    reads: () => 'Flannel 读取 Backend.Type；没有 Backend 时退回 "udp"（文档写的是 vxlan，代码是 udp）。',
    happens: () => 'udp 很慢、只支持 IPv4，而且只在 amd64 上可用（其他架构报 "UDP backend is not supported on this architecture"）。',
    fix: () => '添加 "Backend": {"Type": "vxlan"}。',
  },
  'flannel-backend-unknown': {
    message: (p) => `Flannel v${s(p, 'version')} 没有名为 "${s(p, 'type')}" 的后端`,
    reads: () => 'Flannel 在已注册的后端中查找 Backend.Type（转为小写）。',
    happens: (p) =>
      `kube-flannel 报错 "Error fetching backend: unknown backend type: ${s(p, 'type').toLowerCase()}" 并退出。${({ 'added-later': 'wireguard 从 v0.16.0 开始提供。', removed: '`aws-vpc`、`gce` 和 `ali-vpc` 后端已在 v0.20.0 移除。', unknown: '' } as Record<string, string>)[s(p, 'reason')] ?? ''}`,
    fix: () => '使用 vxlan、host-gw 或 wireguard。',
  },
  'flannel-backend-no-ipv6': {
    message: (p) => `后端 "${s(p, 'type')}" 不能承载 IPv6`,
    reads: () => 'Flannel 的 kube 子网管理器只为 vxlan、host-gw 和 wireguard 后端保留 IPv6。',
    happens: (p) => (s(p, 'outcome') === 'panic' ? '在纯 IPv6 集群上，该后端没有可用的 IPv4 地址，会 panic："Address is not an IPv4 address"。' : 'IPv6 被静默丢弃：Pod 有 IPv6 地址，但节点之间没有路由，跨节点的 IPv6 Pod 流量不通。'),
    fix: () => '使用 vxlan、host-gw（节点在同一二层网络）或 wireguard。',
  },
  'flannel-wireguard-mode': {
    message: (p) => `wireguard Mode "${s(p, 'mode')}" 不是 \`separate\`、\`auto\`、\`ipv4\`、\`ipv6\` 之一`,
    reads: () => 'Flannel 的 wireguard 后端从 v0.18.0 开始读取 Mode。',
    happens: (p) => (s(p, 'outcome') === 'error' ? '后端启动失败，报错 "no valid Mode configured"。' : `Flannel v${s(p, 'version')} 忽略 Mode，总是使用分离的隧道。`),
    fix: () => '使用 "separate"（每个地址族一个隧道）或 "auto"。',
  },
  'flannel-ipsec-psk': {
    message: (p) => `ipsec PSK 只有 ${s(p, 'length')} 个字符；Flannel 至少需要 96 个`,
    reads: () => 'Flannel 的 ipsec 后端需要预共享密钥。',
    happens: () => '后端启动失败，报错 "config error, password is too short"。',
    fix: () => '用 `dd if=/dev/urandom count=48 bs=1 status=none | xxd -p -c 48` 生成。',
  },
  'flannel-subnet-options-ignored': {
    message: (p) => `在 kubeadm 集群上，Flannel v${s(p, 'version')} 会忽略 ${s(p, 'keys')}`,
    reads: () => '从 v0.20.0 起，Flannel 只在 etcd 模式下检查 SubnetLen、SubnetMin 和 SubnetMax；使用 --kube-subnet-mgr 时，每个节点的子网就是 kube-controller-manager 分配的 podCIDR。',
    happens: () => '这些值不起作用；节点子网大小由 node-cidr-mask-size-ipv4/-ipv6 决定。',
    fix: () => '删除它们，改为设置 controller-manager 的节点掩码。',
  },
  'flannel-subnet-options-invalid': {
    message: (p) => `Flannel v${s(p, 'version')} 拒绝子网设置："${s(p, 'message')}"`,
    reads: () => '到 v0.19.x 为止，即使使用 --kube-subnet-mgr，Flannel 在解析 net-conf.json 时也会检查 Network、SubnetLen、SubnetMin 和 SubnetMax。',
    happens: (p) => `kube-flannel 报错 "error parsing subnet config: ${s(p, 'message')}" 并退出。`,
    fix: () => '删除 SubnetLen/SubnetMin/SubnetMax（节点子网由 kube-controller-manager 决定），或改正它们。',
  },
  'flannel-nftables-unsupported': {
    message: (p) => `Flannel v${s(p, 'version')} 会忽略 EnableNFTables`,
    reads: () => 'Flannel 从 v0.25.0 开始读取 EnableNFTables；更早的版本忽略未知键。',
    happens: () => 'Flannel 仍然使用 iptables。',
    fix: () => '使用 Flannel v0.25.0 或更高版本，或删除该键。',
  },
  'flannel-mtu-unsupported': {
    message: (p) => `Flannel v${s(p, 'version')} 会忽略后端 MTU`,
    reads: () => 'vxlan 和 wireguard 后端从 v0.21.3 开始读取 MTU。',
    happens: () => 'MTU 改为取外部网卡的值。',
    fix: () => '使用 Flannel v0.21.3 或更高版本。',
  },
  'flannel-iface-address-dual-stack': {
    message: (p) => `双栈下使用 --iface=${s(p, 'iface')}：Flannel v${s(p, 'version')} 找不到 IPv6 地址`,
    reads: () => 'Flannel 根据 --iface 选择对外地址；给的是 IP 时，v0.27.4 之前的版本只查找该地址族。',
    happens: () => '检测不到 IPv6，IPv6 隧道不会建立（"both IP should be specified with the same method"，flannel PR #1762）。',
    fix: () => '--iface 改用网卡名，或加上 --public-ipv6，或使用 Flannel v0.27.4 或更高版本。',
  },
  'flannel-dual-stack-default-routes': {
    message: () => '未指定 --iface 的双栈 Flannel 需要同一网卡上同时有 IPv4 和 IPv6 默认路由',
    reads: () => '没有 --iface 时，Flannel 使用每个地址族默认路由所在的网卡，并要求两者相同。',
    happens: () => '节点缺少 IPv6 默认路由时，kube-flannel 报错 "failed to get default v6 interface: unable to find default v6 route"；两个默认路由不在同一网卡时报错 "v6 default route interface <a> must be the same with v4 default route interface <b>"。',
    fix: () => '在每个节点上检查 `ip -6 route show default`，或在 Flannel 步骤中填写网卡名。',
  },
  'flannel-br-netfilter': {
    message: () => 'Flannel 会检查 br_netfilter 是否已加载',
    reads: (p) => `从 v0.26.0 起，iptables 模式的 Flannel 会检查 /proc/sys/net/bridge/${s(p, 'families')}。`,
    happens: () => '没有 br_netfilter 模块时，kube-flannel 报错 "Failed to check br_netfilter" 并退出。',
    fix: () => '在每个节点上加载 br_netfilter（NEXT-STEPS.md 中有命令），或启用 nftables。',
  },
  'flannel-json-invalid': {
    message: (p) => `net-conf.json 不是有效的 JSON："${s(p, 'error')}"`,
    reads: () => 'Flannel 用 Go 的 encoding/json 解析 net-conf.json。',
    happens: () => 'kube-flannel 报错 "error parsing subnet config: …" 并退出。',
    fix: () => '修正 JSON（键要加引号，不能有多余的逗号和注释）。',
  },
  'flannel-json-type': {
    message: (p) => `net-conf.json 的 ${s(p, 'key')} 应当是${typeZh(p, 'expected')}，而不是${typeZh(p, 'found', JSON_KIND_ZH)}`,
    reads: () => 'Flannel 用 Go 的 encoding/json 把 net-conf.json 解码成有类型的字段。',
    happens: (p) => `kube-flannel 报错 "error parsing subnet config: json: cannot unmarshal ${s(p, 'found')} into Go struct field Config.${s(p, 'key')} of type ${s(p, 'goType')}" 并退出。`,
    fix: (p) => `把 ${s(p, 'key')} 写成${typeZh(p, 'expected')}。`,
  },
  'flannel-backend-not-object': {
    message: () => 'net-conf.json 的 Backend 必须是对象，例如 {"Type": "vxlan"}',
    reads: () => 'Flannel 把 Backend 解码成带 Type 键的对象。',
    happens: () => 'kube-flannel 报错 "error decoding Backend property of config: json: cannot unmarshal string into Go value of type struct { Type string }" 并退出。',
    fix: () => '写成 "Backend": {"Type": "vxlan"}。',
  },
  'flannel-unknown-key': {
    message: (p) => `Flannel 不读取 net-conf.json 中的键 "${s(p, 'key')}"`,
    reads: () => 'Flannel 匹配键时不区分大小写，并忽略所有不认识的键。',
    happens: () => '该设置不会生效，也不会有任何提示。',
    fix: (p) => (s(p, 'suggestion') ? `是不是想写 "${s(p, 'suggestion')}"？` : '删除该键。'),
  },
  'flannel-networks-key': {
    message: (p) => `Flannel v${s(p, 'version')} 不通过 net-conf.json 的 "${s(p, 'key')}" 键获取 Pod 网络`,
    reads: () => 'Networks 和 IPv6Networks 只存在于 v0.20.0–v0.24.x，用于 MultiClusterCIDR；v0.25.0 已移除。',
    happens: (p) =>
      ({
        honoured: `Flannel v${s(p, 'version')} 用 Networks 的第一项代替 Network。`,
        reset: `Flannel v${s(p, 'version')} 在解析时清空该值；它只从 ClusterCIDR 对象中填充。`,
        ignored: `Flannel v${s(p, 'version')} 忽略该键。`,
      })[s(p, 'outcome')] ?? '',
    fix: () => '使用 Network 和 IPv6Network。',
  },
  'flannel-manifest-version': {
    message: (p) => `kube-flannel.yml 运行的是 Flannel v${s(p, 'version')}（镜像 ${s(p, 'image')}）`,
    reads: () => 'DaemonSet 镜像标签决定适用哪个版本的 Flannel 行为。',
    happens: () => '除非 --flannel-version 另有指定，检查按此版本进行。',
    fix: () => '无需处理。',
  },
  'cluster-cidr-missing': {
    message: (p) => `当前协议栈需要 ${fam(p, 'family')} Pod CIDR`,
    reads: () => 'kube-controller-manager 为 podSubnet 的每一项给每个节点分配一块；Flannel 运行的每个地址族都需要一块。',
    happens: () => '缺少时集群不是你选择的协议栈：节点拿不到该地址族的 podCIDR。',
    fix: (p) => `填写 ${fam(p, 'family')} Pod CIDR。`,
  },
  'cluster-field-family': {
    message: (p) =>
      s(p, 'hint') === 'list'
        ? `${fieldNameZh(p)}填了 ${s(p, 'count')} 个${s(p, 'what') === 'node' ? '地址' : ' CIDR'}："${s(p, 'value')}"；这里只能填一个`
        : `${fieldNameZh(p)}填的是 ${s(p, 'found')} ${s(p, 'what') === 'node' ? '地址' : 'CIDR'}："${s(p, 'value')}"`,
    reads: (p) =>
      s(p, 'what') === 'node'
        ? '向导把节点的 IPv4 和 IPv6 两个字段连成 kubelet --node-ip；kubelet 按地址本身判断每一项的地址族，而不是按字段。'
        : `向导把 IPv4 和 IPv6 两个字段连成 ${s(p, 'what') === 'pod' ? 'podSubnet' : 'serviceSubnet'}；kubeadm 和各组件按地址本身判断每一项的地址族，而不是按字段。`,
    happens: (p) =>
      s(p, 'what') === 'node'
        ? '同一地址族的两个地址或多于两个地址会让 kubelet 报错 \'bad --node-ip "…": must contain either a single IP or a dual-stack pair of IPs\' 并退出；否则节点得到的地址族与方案不同。'
        : `同一地址族的两个 CIDR 或多于两个 CIDR 会让 \`kubeadm init\` 报错 "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking" 并退出；否则集群用的地址族与你选择的协议栈不同${s(p, 'what') === 'pod' ? '，而 Flannel 的 Network 只接受 IPv4，会退出' : ''}。`,
    fix: (p) => (s(p, 'hint') === 'list' ? `这个字段只保留一个 ${s(p, 'family')} 值。` : `这里填 ${s(p, 'family')} 值，${s(p, 'found')} 值填到它自己的字段。`),
  },
  'cluster-single-stack-services': {
    message: (p) => `Pod 是双栈，但 serviceSubnet "${s(p, 'serviceSubnet')}" 没有 ${fam(p, 'missing')} 范围`,
    reads: () => 'kube-apiserver 只从 --service-cluster-ip-range 中的地址族分配 Service IP。',
    happens: (p) => `所有 Service 都是单栈；请求 ${fam(p, 'missing')} 的 Service 会报错 'spec.ipFamilies[0]: Invalid value: "${fam(p, 'missing')}": not configured on this cluster'，RequireDualStack 会报错 "this cluster is not configured for dual-stack services"。`,
    fix: (p) => `添加 ${fam(p, 'missing')} Service CIDR。`,
  },
  'cluster-pod-service-overlap': {
    message: (p) => `Pod CIDR ${s(p, 'pod')} 与 Service CIDR ${s(p, 'service')} 重叠`,
    reads: () => 'kube-controller-manager 会把与 Service CIDR 重叠的 Pod 网段标记为已用；Flannel 对整个 Pod 范围做路由和地址伪装。kubeadm 官方双栈示例也是这样（Pod 2001:db8:42::/56，Service 2001:db8:42:1::/112）。',
    happens: () => '集群可以启动，但会损失一个或多个节点网段，而且 Service 地址位于 Pod 范围内，会让防火墙、路由和地址伪装规则产生混乱。',
    fix: (p) => `给 Service 一个 Pod CIDR ${s(p, 'pod')} 之外的范围：放在它旁边，而不是它里面。`,
  },
  'cluster-node-ip-in-cluster-range': {
    message: (p) => `${s(p, 'what')} 的地址 ${s(p, 'address')} 位于 ${s(p, 'setting')} ${s(p, 'cidr')} 之内`,
    reads: () => 'Flannel 把 Pod 范围路由进隧道，kube-proxy 在每个节点上接管 Service 范围。',
    happens: () => '发往节点自身地址的流量会被送进覆盖网络或被 DNAT，节点之间以及节点与 API Server 之间无法通信。',
    fix: () => '选择不包含节点地址的 Pod 和 Service 范围。',
  },
  'cluster-reserved-range': {
    message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} 与保留地址重叠（${s(p, 'kinds')}）`,
    reads: () => '内核、kubelet 和 kube-proxy 会特殊处理环回、链路本地、组播和未指定地址。',
    happens: () => '分到这些地址的 Pod 或 Service 不可达，或破坏节点网络。',
    fix: () => '使用私有范围：10.0.0.0/8、172.16.0.0/12、192.168.0.0/16 或 ULA fd00::/8。',
  },
  'cluster-documentation-prefix': {
    message: (p) => `${s(p, 'places')} 位于文档专用前缀 ${s(p, 'prefix')} 中`,
    reads: () => '文档前缀保留给示例使用（RFC 5737、RFC 3849）。',
    happens: () => '在集群内部可以工作，但这些地址不可路由，可能被网络过滤，照抄示例的集群之间也会冲突。',
    fix: () => '使用 ULA（fd00::/8，可用随机 ULA 按钮生成）或你自己的地址规划。',
  },
  'cluster-non-canonical-cidr': {
    message: (p) => `${s(p, 'setting')} 中的 "${s(p, 'value')}" 不是规范写法；它的含义是 ${s(p, 'canonical')}`,
    reads: () => 'kubeadm 的宽松解析器会清除主机位、把前导零按十进制读取，但从 1.36 起 API 对象会拒绝这种写法（StrictIPCIDRValidation）。',
    happens: (p) => (s(p, 'reason') === 'leading-zeros' ? '现在可以工作，但其他工具会把前导零当作八进制，新版 Kubernetes 的 API 对象也会拒绝。' : '主机位被静默丢弃，范围可能不是你想要的。'),
    fix: (p) => `写成 ${s(p, 'canonical')}。`,
  },
  'cluster-primary-family-mismatch': {
    message: (p) =>
      s(p, 'what') === 'podSubnet'
        ? `podSubnet 把 ${fam(p, 'family')} 排在前面，而 serviceSubnet 把 ${fam(p, 'serviceFamily')} 排在前面`
        : `${s(p, 'nodes')} 的 node-ip 把 ${fam(p, 'family')} 排在前面，而 Service 优先 ${fam(p, 'serviceFamily')}`,
    reads: () => '三处各自从自己的列表决定"主"地址族：默认 Service 地址族以及 kubernetes、DNS Service IP 来自 serviceSubnet；node.spec.podCIDR 来自 podSubnet；节点的主 InternalIP（以及 hostNetwork Pod IP）来自 node-ip。',
    happens: () => '这是允许的，也可能是有意为之（v0.20.2 之前的 Flannel 需要 podSubnet 中 IPv4 在前，而 Service 可以优先 IPv6），但只读取单个 podCIDR 或节点 IP 的工具看到的地址族会与 Service 不同。',
    fix: () => '除非确有需要，保持顺序一致。',
  },
  'cluster-duplicate-node': {
    message: (p) => (s(p, 'kind') === 'name' ? `节点名称 ${s(p, 'value')} 用了两次` : `地址 ${s(p, 'value')} 也被 ${s(p, 'other')} 使用`),
    reads: () => 'kubelet 按名称注册 Node 对象，Flannel 按地址识别对端。',
    happens: (p) =>
      s(p, 'kind') === 'name'
        ? '第二个节点的 `kubeadm join` 在 kubelet-start 阶段停止："a Node with name … and status "Ready" already exists in the cluster"。'
        : 'Flannel 按对端公布的地址访问它，于是把两个节点的 Pod 都路由到同一台主机。',
    fix: () => '给每个节点唯一的名称和地址。',
  },
  'cluster-ipv6-service-range-beyond-112': {
    message: (p) => `IPv6 Service CIDR ${s(p, 'cidr')} 比 /112 更大；Service 地址仍只来自其中第一个 /112`,
    reads: () => '旧版 Service IP 分配器最多使用 IPv6 范围中的 16 位。',
    happens: () => '只会用到 65,536 个 Service IP；MultiCIDRServiceAllocator 双写模式下 RequireDualStack Service 曾因此失败（kubernetes/kubernetes#129797）。',
    fix: () => '使用 /112。',
  },
  'flannel-yaml-invalid': {
    message: (p) => `不是有效的 YAML："${s(p, 'error')}"`,
    reads: () => 'kubectl apply、kustomize 和 helm 把 kube-flannel.yml、kube-flannel-cfg.yaml、kustomization.yaml 和 Helm values 文件读成 YAML 文档。',
    happens: () => '它们在任何内容到达集群之前就因 YAML 错误而停止，因此 Flannel 既没有安装也没有重新配置。该文件中的内容没有被检查。',
    fix: () => '修正所示行的 YAML 语法（缩进、缺少冒号、制表符）。',
  },
  'kubernetes-version-assumed': {
    message: (p) =>
      s(p, 'basis') === 'api-version'
        ? `文件中没有 Kubernetes 版本：按 Kubernetes ${s(p, 'version')} 检查，这是接受 ${s(p, 'apiVersion')} 且不发出警告的最新版本`
        : s(p, 'basis') === 'plan'
          ? `文件中没有 Kubernetes 版本：按向导当前选择的 Kubernetes ${s(p, 'version')} 检查`
          : `文件中没有 Kubernetes 版本：按已知最新的 Kubernetes ${s(p, 'version')} 检查`,
    reads: () => 'kubeadm 和 Kubernetes 各组件接受什么取决于版本；只有 ClusterConfiguration 含有 kubernetesVersion。',
    happens: () => '结果只对该版本成立；其他版本可能接受或拒绝其他内容。',
    fix: () => '把这些文件与设置了 kubernetesVersion 的 ClusterConfiguration 一起检查，或指定版本（\`dualstack-wizard check --kubernetes-version\`）。',
  },
  'flannel-version-assumed': {
    message: (p) =>
      s(p, 'basis') === 'plan'
        ? `文件中没有 Flannel 版本：按向导当前选择的 Flannel v${s(p, 'version')} 检查`
        : `文件中没有 Flannel 版本：按已知最新的 Flannel v${s(p, 'version')} 检查`,
    reads: () => 'Flannel 如何处理 net-conf.json 取决于其版本；版本写在 kube-flannel.yml 的镜像标签、kustomization 的清单 URL 或 Helm values 的 image.tag 中。',
    happens: () => '结果只对该版本成立；旧版本会在一些新版本接受的设置上失败。',
    fix: () => '把该文件与 kube-flannel.yml 一起检查，或指定版本（\`dualstack-wizard check --flannel-version\`）。',
  },
  'flannel-key-not-carried': {
    message: (p) => `${s(p, 'key')} 没有被带入规划`,
    reads: () => 'Flannel 的后端会读取这个键，但本工具没有对它建模。',
    happens: () => '它不会被检查，由该规划生成的文件中也不会包含它。',
    fix: (p) => `应用生成的文件时，在你自己的 net-conf.json 中保留 ${s(p, 'key')}。`,
  },
  'flannel-net-conf-differs': {
    message: (p) => `${s(p, 'other')} 给出的 net-conf.json 与 ${s(p, 'used')} 不同（${s(p, 'keys')}）；检查的是 ${s(p, 'used')}`,
    reads: () => 'Flannel 只读取一个 net-conf.json：最后一次应用的 kube-flannel-cfg ConfigMap 中的那个。',
    happens: () => '最后应用的文件决定 Flannel 的行为；另一份配置会被无声地替换。',
    fix: () => '只保留一个 Flannel 配置来源，或让它们一致。',
  },
  'cluster-node-pod-cidrs-mismatch': {
    message: (p) => `节点 ${s(p, 'node')} 的 podCIDRs "${s(p, 'podCidrs')}" 按顺序与 --cluster-cidr "${s(p, 'clusterCidr')}" 不符`,
    reads: () =>
      'kube-controller-manager 启动时，其节点 IPAM 会把每个节点的 podCIDRs 标记为已占用：spec.podCIDRs 的第 i 项必须落在 --cluster-cidr 第 i 项的范围内，而 kubeadm 把 --cluster-cidr 设为 podSubnet。节点一直保留分配给它的 podCIDRs，所以之后修改或调换顺序的 podSubnet 不再与已有节点相符。',
    happens: (p) =>
      `kube-controller-manager 启动时退出（"Error starting controllers"），报错 ${
        s(p, 'outcome') === 'no-range'
          ? `"node:${s(p, 'node')} has an allocated cidr: ${s(p, 'cidr')} at index:${s(p, 'index')} that does not exist in cluster cidrs configuration"`
          : `"failed to mark cidr[${s(p, 'cidr')}] at idx [${s(p, 'index')}] as occupied for node: ${s(p, 'node')}: cidr ${s(p, 'cidr')} is out the range of cluster cidr ${s(p, 'range')}"`
      }，并不断重启：它的控制器都不运行，新节点也得不到 podCIDR。只要它以此 podSubnet 运行就会发生；kubeadm 在 \`kubeadm init\` 和每次 \`kubeadm upgrade\` 时把它写入清单。`,
    fix: (p) =>
      `让 podSubnet 保持节点获得 podCIDRs 时的样子（每个节点的第一个网段在第一项中）；或重建 ${s(p, 'node') || '该节点'}：\`kubectl drain ${s(p, 'node') || 'NODE'} --ignore-daemonsets\`、\`kubectl delete node ${s(p, 'node') || 'NODE'}\`，再在该节点上执行 \`systemctl restart kubelet\`，使它重新注册并获得新的 podCIDRs。`,
  },
  'cluster-node-pod-cidr-family-missing': {
    message: (p) =>
      Number(p.count ?? 1) === 1
        ? `集群是双栈的，但节点 ${s(p, 'nodes')} 没有 ${s(p, 'family')} podCIDR`
        : `集群是双栈的，但有 ${s(p, 'count')} 个节点没有 ${s(p, 'family')} podCIDR：${s(p, 'nodes')}`,
    reads: (p) =>
      `kube-controller-manager 只在第一次看到没有 podCIDRs 的节点时为它分配一次：--cluster-cidr 每项一个网段。之后 API 服务器拒绝任何修改（"node updates may not change podCIDR except from \"\" to valid"）。在${s(p, 'basis') === 'net-conf' ? '集群改为双栈' : ` podSubnet 加入 ${s(p, 'family') || '另一地址族'} `}之前注册的节点会一直只有一个地址族（k3s-io/k3s#10726 是同一机制）。`,
    happens: (p) =>
      `这些节点上的 Pod 得不到 ${s(p, 'family') || '第二个地址族的'} 地址。${
        ({
          error: `其上的 Flannel v${s(p, 'version')} 报错 "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6" 并退出。`,
          panic: `其上的 Flannel v${s(p, 'version')} 发生空指针 panic（"This panic usually happens if you have configured flannel to use dual-stack but not kube-controller"，flannel#1789、#2115）。`,
          'panic-unsure': `据报告，其上的 Flannel v${s(p, 'version')} 会在 vxlan 后端发生空指针崩溃。`,
        })[s(p, 'flannel')] ?? ''
      }`,
    fix: () =>
      '确认 kube-controller-manager 的 --cluster-cidr 含两个 Pod CIDR（每个控制平面节点上的 /etc/kubernetes/manifests/kube-controller-manager.yaml）。然后逐个重建列出的节点：`kubectl drain NODE --ignore-daemonsets`、`kubectl delete node NODE`，再在该节点上执行 `systemctl restart kubelet`；它会重新注册，并获得每个地址族各一个 podCIDR。通过 API 设置的标签和污点会随被删除的 Node 对象一起消失（在控制平面节点上，`kubeadm init phase mark-control-plane` 会重新设置 kubeadm 的那些）。',
  },
  'flannel-node-public-ipv6-missing': {
    message: (p) =>
      s(p, 'outcome') === 'no-lease'
        ? `net-conf.json 启用了 IPv6，但 Flannel 没有为 ${s(p, 'nodes')} 写注解`
        : `net-conf.json 启用了 IPv6，但 ${s(p, 'nodes')} 没有 flannel.alpha.coreos.com/public-ipv6 注解`,
    reads: () =>
      '每个 `flanneld` 在取得租约时，把 flannel.alpha.coreos.com/public-ip 和 public-ipv6 写到自己的节点上，并把其他标有 kube-subnet-manager "true" 的节点转成路由；启用 EnableIPv6 时，它需要那个节点的 public-ipv6。',
    happens: (p) =>
      s(p, 'outcome') === 'no-lease'
        ? '其他 `flanneld` 会跳过没有 kube-subnet-manager 注解的节点，所以这些节点得不到路由：kube-flannel 没有在其上启动，或在取得租约之前就失败了。'
        : `每个启用 EnableIPv6 的 \`flanneld\` 都会对这些节点记录 'Error turning node "<node>" to lease: ${s(p, 'error') || 'Invalid IP address format'}'，并且不为它们的 Pod 子网建立任何路由（两个地址族都没有），因此其上的 Pod 无法访问其他节点上的 Pod。节点上的 \`flanneld\` 没有用这个 net-conf.json 运行时就缺这个注解：它的 Pod 仍在使用加入 IPv6 之前读到的配置（\`flanneld\` 只在启动时读一次 net-conf.json），或者它在取得租约之前就失败了（没有 IPv6 地址或默认路由）。`,
    fix: () =>
      '重启 kube-flannel，让每个 Pod 读取当前的 net-conf.json：`kubectl -n kube-flannel rollout restart daemonset kube-flannel-ds`（v0.19.0 之前命名空间是 kube-system）。如果节点仍没有 public-ipv6，查看它的 kube-flannel 日志：`kubectl -n kube-flannel logs POD -c kube-flannel`。',
  },
  'file-kind-unknown': {
    message: () => '不是 kubeadm 配置、kube-flannel.yml、net-conf.json、Flannel 的 kustomization、Flannel Helm values，也不是节点或 kubeadm-config 的 kubectl 输出',
    reads: () => '检查器识别 kubeadm 文档（apiVersion kubeadm.k8s.io/…）、kube-flannel.yml（kube-flannel-cfg ConfigMap 或 flannel DaemonSet）、net-conf.json（JSON 对象）、引用 kube-flannel.yml 或修补 kube-flannel-cfg 的 kustomization、Flannel Helm chart 的 values（podCidr、podCidrv6、flannel.backend …），以及运行中集群的 `kubectl get nodes -o yaml`（或 `-o json`）和 kube-system 中的 kubeadm-config ConfigMap。',
    happens: () => '该文件中的内容没有被检查。',
    fix: () => '传入 kubeadm --config 或 join 文件、kube-flannel.yml、net-conf.json、kustomization.yaml、Flannel Helm values，或 `kubectl get nodes -o yaml` 的输出。',
  },
  // 字段取值范围（issue 17）。
  'flannel-vxlan-vni': {
    message: (p) =>
      s(p, 'hint') === 'not-integer'
        ? `VXLAN VNI ${s(p, 'value')} 不是整数`
        : s(p, 'hint') === 'range'
          ? `VXLAN VNI ${s(p, 'value')} 超出 24 位（0 到 ${s(p, 'max')}）`
          : `VXLAN VNI ${s(p, 'value')} 使设备名 ${s(p, 'device')} 超过 Linux 允许的长度`,
    reads: () => 'Flannel 用这个 VNI 创建 VXLAN 设备 flannel.<VNI>（IPv4）和 flannel-v6.<VNI>（IPv6）；VXLAN 网络标识只有 24 位，Linux 网卡名最多 15 个字节。',
    happens: (p) =>
      s(p, 'hint') === 'not-integer'
        ? 'kube-flannel 报错 "Error registering network: error decoding VXLAN backend config: …" 并退出。'
        : s(p, 'hint') === 'range'
          ? 'Linux 拒绝创建该设备（"VXLAN ID must be lower than 16777216"，错误码 ERANGE），kube-flannel 报错 "Error registering network: …" 退出并反复重启。'
          : `Linux 拒绝 ${s(p, 'device').length} 字节的设备名 ${s(p, 'device')}（错误码 ERANGE），kube-flannel 报错 "Error registering network: …" 退出并反复重启。`,
    fix: (p) => (s(p, 'hint') === 'name-too-long' ? `使用 0 到 ${s(p, 'max')} 之间的 VNI，或留空（VNI 为 1）。` : '使用 0 到 16777215 之间的 VNI，或留空（VNI 为 1）。'),
  },
  'flannel-mtu-range': {
    message: (p) =>
      s(p, 'hint') === 'not-integer'
        ? `后端 MTU ${s(p, 'value')} 不是整数`
        : s(p, 'hint') === 'too-small'
          ? `后端 MTU ${s(p, 'value')} 在 ${s(p, 'type')} 隧道内只剩 ${s(p, 'inner')} 字节，低于 ${s(p, 'family')} 的最小值 ${s(p, 'link')}`
          : `后端 MTU ${s(p, 'value')} 使 VXLAN 设备的 MTU 为 ${s(p, 'inner')}，超过 Linux 的上限 65535`,
    reads: (p) =>
      s(p, 'hint') === 'not-integer'
        ? 'Flannel 把 MTU 解码为整数。'
        : `MTU 是 Flannel 在节点之间发送的报文大小；${s(p, 'type')} 后端给自己的设备和 Pod（subnet.env 的 FLANNEL_MTU）的 MTU 是 MTU − ${s(p, 'overhead')}。每条 IPv6 链路至少要 1280 字节（RFC 8200 第 5 节），每条 IPv4 链路至少 68 字节（RFC 791）。`,
    happens: (p) =>
      s(p, 'hint') === 'not-integer'
        ? 'kube-flannel 报错 "Error registering network: error decoding … backend config: …" 并退出。'
        : s(p, 'hint') === 'too-small'
          ? `Flannel 的设备和 Pod 的网卡会得到 ${s(p, 'inner')} 的 MTU：${
              s(p, 'family') === 'IPv6'
                ? 'Linux 不会在低于 1280 字节的链路上启用 IPv6，Pod 的 IPv6 流量无法通行'
                : s(p, 'type') === 'vxlan'
                  ? 'Linux 拒绝创建这样的 VXLAN 设备（"MTU must be between 68 and 65535"），kube-flannel 报错 "Error registering network: …" 并退出'
                  : '低于每条 IPv4 链路必须承载的大小，部分 Pod 报文永远无法通过'
            }。`
          : 'Linux 拒绝创建该 VXLAN 设备（"MTU must be between 68 and 65535"），kube-flannel 报错 "Error registering network: …" 并退出。',
    fix: (p) =>
      s(p, 'hint') === 'too-large'
        ? `最多使用 ${s(p, 'max')}，且不超过节点网卡的 MTU；或留空，直接使用网卡的 MTU。`
        : s(p, 'hint') === 'too-small'
          ? `至少使用 ${s(p, 'min')}，且不超过节点网卡的 MTU；或留空，直接使用网卡的 MTU。`
          : '填写整数，或留空，直接使用网卡的 MTU。',
  },
  'flannel-iface-invalid': {
    message: (p) => `--iface "${s(p, 'value')}" 既不是 IP 地址，也不可能是 Linux 网卡名：${s(p, 'hint') === 'too-long' ? `它有 ${s(p, 'bytes')} 个字节，超过 15 个` : (IFACE_PROBLEM_ZH[s(p, 'hint')] ?? s(p, 'hint'))}`,
    reads: () => 'kube-flannel 先把 --iface 当作 IP 地址，否则当作节点上的网卡名；这个值整体作为一个 --iface 写进它的参数。',
    happens: (p) => `没有叫这个名字的网卡，kube-flannel 记录 "Could not find valid interface matching ${s(p, 'value')}"，然后报错 "Failed to find interface to use that matches the interfaces and/or regexes provided" 并退出。`,
    fix: (p) => (s(p, 'hint') === 'space' ? '只填一个网卡名，例如 eth0，不带空格。' : '填写节点上 `ip link` 显示的网卡名，例如 eth0，或节点的某个地址。'),
  },
};

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
