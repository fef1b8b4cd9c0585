// 生成文件的简体中文文字（注释、页面上的逐行说明）。计划中的值、命令和上游报错原文保持原样。
import type { RenderWords } from './words';

export const renderWordsZh: RenderWords = {
  lang: 'zh-CN',
  header: (kubernetes, flannel) => `由 dualstack-wizard 为 Kubernetes ${kubernetes} 和 Flannel v${flannel} 生成。`,
  netConfDualStack:
    '双栈：Flannel 从 Network 读取 IPv4 Pod 网络，从 IPv6Network 读取 IPv6 Pod 网络；从 v0.20.2 起，podSubnet 中的顺序对它没有影响。缺少 EnableIPv6 和 IPv6Network 时，Flannel 会报错、崩溃或悄悄丢弃 IPv6，取决于版本。',
  netConfIpv6Only: '仅 IPv6：EnableIPv4 必须为 false（v0.17.0+），否则 Flannel 会寻找 IPv4 网络并失败。',
  netConfBackend: (type) => `后端 ${type ?? 'udp（没有 Backend 键）'}：只有 vxlan、host-gw 和 wireguard 能承载 IPv6。`,
  configMapNamespace: (tag, namespace) => `Flannel ${tag} 运行在 ${namespace} 命名空间中（从 v0.19.0 起为 kube-flannel，之前为 kube-system）。`,
  configMapApply: '在 kube-flannel.yml 之后应用（kubectl apply -f kube-flannel-cfg.yaml），然后重启 DaemonSet，让 Flannel 重新读取它。',
  kustomizeResources: (tag) => `固定为 Flannel ${tag} 的上游 kube-flannel.yml。应用命令：\`kubectl apply -k .\``,
  kustomizePatches: '把 kube-flannel-cfg ConfigMap 中的 net-conf.json 替换为本规划的版本。',
  helmValues: (tag, namespace) =>
    `Flannel Helm chart（chart/kube-flannel）的 values：podCidr 对应 Network，podCidrv6 对应 IPv6Network 并开启 EnableIPv6；podCidr 为空时 EnableIPv4 为 false。安装命令：\`helm install flannel flannel/flannel --version ${tag} -n ${namespace} -f flannel-values.yaml\``,
  helmNotCarried: (keys) =>
    `该 chart 没有 ${keys.join('、')} 对应的值：用这些 values 安装时，Flannel 运行时不带这些设置。要保留它们，请使用 kube-flannel-cfg.yaml 或 kustomization.yaml。`,
  helmTunnelMode: '加了两层引号：chart 把 tunnelMode 写入 net-conf.json 时不加引号。',
};
