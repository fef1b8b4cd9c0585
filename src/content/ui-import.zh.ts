// “从我的文件开始”中关于导入改动了哪些内容的文字（与 ui-import.en.ts 键相同）。
import type { UiImportMessages } from './ui-import.en';

export const uiImportZh: UiImportMessages = {
  filesRead: (files) => `目前已读取并一起检查的文件：${files}。`,
  changesTitle: '你的文件设置了哪些内容',
  changedLine: (label, before, after) => `${label}：${before} → ${after}（已更改）`,
  keptLine: (label, value) => `${label}：${value}（未变）`,
  versionLine: (label, text) => `${label}：${text}`,
  empty: '（空）',
  noChanges: '你的文件没有设置其他内容。',
  undo: '撤销这次导入',
  undone: (left) => `已撤销导入：规划和已读取的文件都恢复到导入之前。${left ? `之前的 ${left} 次导入也可以撤销。` : ''}`,
  moreLikeThis: (more, file) => `……${file} 中还有 ${more.toLocaleString('en-US')} 条同类问题，未列出。`,
  fields: {
    kubernetesVersion: 'Kubernetes 版本',
    flannelVersion: 'Flannel 版本',
    stack: 'IP 协议栈',
    primaryFamily: '主地址族',
    'podCidr.ipv4': 'IPv4 Pod CIDR',
    'podCidr.ipv6': 'IPv6 Pod CIDR',
    'overrides.podSubnetOrder': 'podSubnet 中的顺序',
    'nodeMask.ipv4': 'IPv4 节点掩码',
    'nodeMask.ipv6': 'IPv6 节点掩码',
    'serviceCidr.ipv4': 'IPv4 Service CIDR',
    'serviceCidr.ipv6': 'IPv6 Service CIDR',
    dnsDomain: 'DNS 域名',
    nodes: '节点',
    controlPlaneEndpoint: '控制平面端点',
    advertiseAddress: '通告地址',
    bindPort: 'API 服务器端口',
    'flannel.backend': 'Flannel 后端',
    'flannel.enableNFTables': 'EnableNFTables',
    'flannel.iface': 'flanneld --iface',
  },
  values: { dual: '双栈', ipv4: 'IPv4', ipv6: 'IPv6', true: '是', false: '否', noBackend: '没有 Backend（Flannel 使用 udp）' },
  versionsTitle: '版本',
  versionFrom: (version, file) => `${version}，来自 ${file}`,
  versionFromHeader: (version, file) => `${version}，来自 ${file} 的第一行`,
  versionAssumed: (version) => `文件中没有，假定为向导当前选择的 ${version}`,
  versionChoose: (name) => `选择${name}`,
  versionOutside: (version, range) => `${version} 不在本工具已知的版本范围内（${range}）；规则可能遗漏该版本的行为。`,
  adjustmentsTitle: '向导写出的文件与你的文件有何不同',
  adjustment: (a) => {
    switch (a.kind) {
      case 'advertise-address-filled':
        return `你的 InitConfiguration 没有设置 advertiseAddress；向导写入 ${a.address}，即 ${a.node} 在主 Service 地址族中的地址。`;
      case 'kubernetes-version-rewritten':
        return `kubernetesVersion "${a.from}" 写为 "${a.to}"：向导写出确定的版本，即“Kubernetes 版本”字段中的版本。`;
      case 'pod-subnet-rewritten':
        return `podSubnet "${a.from}" 写为 "${a.to}"：每个地址族一个 CIDR，按向导中的顺序。`;
      case 'service-subnet-rewritten':
        return `serviceSubnet "${a.from}" 写为 "${a.to}"：每个地址族一个 CIDR，主地址族在前。`;
      case 'node-ip-rewritten':
        return `${a.node} 的 node-ip "${a.from}" 写为 "${a.to}"：主地址族在前。`;
      case 'join-endpoint-rewritten':
        return `${a.node} 的加入端点 "${a.from}" 写为 "${a.to}"，取自控制平面端点或通告地址。`;
      case 'net-conf-follows':
        return `net-conf.json 的 ${a.key} "${a.from}" 写为 "${a.to}"，与 Pod CIDR 一致。`;
      case 'not-carried':
        return `${a.what} 不会写入向导生成的文件。`;
    }
  },
};
