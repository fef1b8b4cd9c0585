// “粘贴报错或日志”面板的文字，键与 ui-explain.en.ts 相同。
import type { UiExplainMessages } from './ui-explain.en';

export const uiExplainZh: UiExplainMessages = {
  intro:
    '粘贴出故障的集群打印的内容：kube-flannel 日志、`kubeadm init` 的输出、kube-apiserver 或 kubelet 日志，或 `kubectl describe node` 的事件。页面会找出规则认识的消息，并说明它们的含义。文本只留在本浏览器中。',
  label: '报错或日志',
  hint: '时间戳、klog 前缀、转义的引号、颜色代码和 `goroutine` 堆栈都可以保留。',
  reading: (size) => `正在读取 ${size}…`,
  found: (n) => (n === 1 ? '有 1 条规则与这段日志匹配。' : `有 ${n} 条规则与这段日志匹配，最相关的在前。`),
  none:
    '没有找到规则认识的消息。页面能读懂 kube-flannel、kubeadm（`kubeadm init`、`kubeadm join`、`kubeadm config validate`）、kube-apiserver、kube-controller-manager 和 kubelet 关于 Pod 与 Service 网段、节点 IP、Flannel 配置以及 IP 地址族顺序打印的消息。请粘贴报错前后的几行，或用“从我的文件开始”检查你的配置。',
  failed: '本浏览器无法读取这段日志。你的文本仍在输入框中。',
  matchedLine: (line, lines) => (lines > 1 ? `日志第 ${line} 行；共有 ${lines} 行显示这个问题。` : `日志第 ${line} 行`),
  meansTitle: '含义',
  fixTitle: '修复方法',
  versionsTitle: '会打印这条消息的版本',
  anyVersion: '规则所知的所有版本',
  range: (from, to) => `${from} 至 ${to}`,
  fromVersion: (version) => `${version} 及更高版本`,
  upTo: (version) => `${version} 及更早版本`,
  flannelVersions: (range) => `Flannel ${range}`,
  kubernetesVersions: (range) => `Kubernetes ${range}`,
  rulePage: (id) => `规则 ${id} 的页面`,
  openFixed: '在向导中打开修复后的配置',
  fillFirst: (values, family) => `要在向导中打开修复后的配置，请先${family ? `在“集群”步骤中选择包含 ${family} 的协议栈，再` : ''}在“节点”步骤中填入你自己的 ${values}：规划中仍是示例值。`,
  fillValue: (node, field) => (field === 'name' ? `${node} 的名称` : `${node} 的 ${field === 'ipv4' ? 'IPv4' : 'IPv6'} 地址`),
  listSeparator: '、',
  applied: (changes) => `向导已应用这项修复：${changes}。`,
  undo: '撤销这项修复',
  undone: (left) => `已撤销修复：向导恢复到修复之前的状态。${left ? `之前的 ${left} 项修复也可以撤销。` : ''}`,
  close: '关闭',
};
