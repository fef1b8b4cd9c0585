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
  podOrder: (first) => `${first} 排在前面：kube-controller-manager 按此顺序为每个节点在每一项中各分配一个网段，node.spec.podCIDR 是 ${first} 网段。`,
  podOrderIpv6FirstFixed: 'Flannel v0.20.2 及更高版本按地址族选择网段，所以这样可行；更早的版本会崩溃并报错 "Address is not an IPv4 address"。',
  podOrderIpv6FirstBroken: (flannelVersion, second) =>
    `Flannel v${flannelVersion} 把 node.spec.podCIDR 当作 IPv4 读取，会崩溃并报错 "Address is not an IPv4 address"：请升级到 v0.20.2 或更高版本，或把 ${second} 排在前面。`,
  podOrderIpv4KeptFirst: '这里 IPv4 仍排在前面，而 Service 优先使用 IPv6：这样 v0.20.2 之前的 Flannel 也能工作（它把 node.spec.podCIDR 当作 IPv4 读取）。',
  podOrderIpv4First: '如果把 IPv6 排在前面，v0.20.2 之前的 Flannel 会崩溃并报错 "Address is not an IPv4 address"。',
  serviceIps: (kubernetesServiceIp, clusterDnsIp) => `kubernetes Service ${kubernetesServiceIp}、集群 DNS ${clusterDnsIp}`,
  serviceOrder: (first, ips) =>
    `${first} 排在前面：它是新 Service 的默认地址族，也是 ${ips}（第 1 个和第 10 个地址）的地址族。advertiseAddress 也必须是 ${first}，否则 kube-apiserver 拒绝启动。`,
  serviceRange: (ips) => `${ips}（第 1 个和第 10 个地址）来自这个范围。`,
  maskPart: (family, nodeMask, podPrefix, nodes, podIps) => `${family} /${nodeMask}：2^(${nodeMask}-${podPrefix}) = ${nodes} 个节点，每个节点 ${podIps} 个 Pod IP`,
  masks: (parts) => `每个节点在每个地址族中各分到一个网段。${parts.join('；')}。`,
  nodeIpOrder: (family) => `${family} 在前：它是 kubelet 的主 InternalIP，也是 hostNetwork Pod 第一个 IP 的地址族。双栈节点必须列出两个地址族。`,
  advertiseFamily: (family) =>
    `${family}，与 serviceSubnet 的第一项相同：kube-apiserver 要求如此（"service IP family ... must match public address family"）。不设置时，kubeadm 会自动探测地址并优先使用 IPv4。`,
  kubernetesVersion: '填写你实际安装的确切补丁版本；kubeadm 会部署这个版本的控制面。',
  kubeProxyClusterCidr: 'kube-proxy 把来自此范围之外的流量视为外部流量。未设置时，kubeadm 会填入 podSubnet。',
  joinEndpoint: 'API Server 的 host:port；IPv6 地址需要加方括号，例如 [fd00::1]:6443。',
  joinToken: '占位符：在第一个控制面节点上运行 `kubeadm token create --print-join-command`，从输出中复制 token 和 sha256 哈希。',
  joinCertificateKey: '占位符：在第一个控制面节点上运行 `kubeadm init phase upload-certs --upload-certs`，复制它打印的密钥。',
  joinAdvertiseFamily: (family) => `${family}，与 serviceSubnet 的第一项相同。`,
};
