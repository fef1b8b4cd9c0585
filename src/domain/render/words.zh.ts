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
  nsTitle: '# 后续步骤',
  nsPlan: (families, kubernetes, flannelTag) =>
    `规划：${families.length === 2 ? `${families.join(' + ')} 双栈，${families[0]} 为主` : `仅 ${families[0]}`}；Kubernetes ${kubernetes}，Flannel ${flannelTag}。`,
  nsAddresses: (podSubnet, serviceSubnet, kubernetesServiceIp, clusterDnsIp) =>
    `podSubnet ${podSubnet}，serviceSubnet ${serviceSubnet}；kubernetes Service ${kubernetesServiceIp}，集群 DNS ${clusterDnsIp}。`,
  nsPrepareHeading: '## 1. 准备每个节点',
  nsPrepareIntro: '加载 br_netfilter 并开启转发（kubeadm 预检按地址族检查转发；Flannel v0.26.0+ 检查 br_netfilter）：',
  nsDualRoutes: '每个节点的主网卡上需要一个 IPv4 地址和一个 IPv6 地址，并且 IPv4 和 IPv6 默认路由都经过这同一个网卡（Flannel 使用默认路由所在的网卡）。检查：',
  nsInstall: '按 kubeadm 安装指南安装容器运行时、kubelet、kubeadm 和 kubectl。',
  nsInitHeading: (inlineName) => `## 2. 初始化第一个控制面节点${inlineName ? `（${inlineName}）` : ''}`,
  nsInitCopy: '把 `kubeadm-config.yaml` 复制到该节点，在 `kubernetesVersion` 中填写确切的补丁版本，然后运行：',
  nsFlannelHeading: '## 3. 安装 Flannel',
  nsFlannelKustomize: '可以应用固定版本的上游清单，并套用本规划的 net-conf.json（kustomize）：',
  nsKustomizeFolder: '存放 kustomization.yaml 的目录',
  nsFlannelConfigMap: '或者先应用上游清单，再替换它的 ConfigMap：',
  nsFlannelHelm: (ipv6) =>
    `或者用 Helm 和 \`flannel-values.yaml\` 安装（见文件顶部的注释）。原版清单只支持 IPv4：${ipv6 ? '没有这个 net-conf.json，Flannel 会报错、崩溃或悄悄丢弃 IPv6，取决于版本。' : '本规划除 Network 外无需改动。'}`,
  nsNetConfIntro: '`net-conf.json` 不能带注释，它的内容说明如下：',
  nsNetConfNetwork: (inlineNetwork) => `- \`Network\` ${inlineNetwork}：IPv4 Pod 网络；它必须包含 podSubnet 中的 IPv4 项。`,
  nsNetConfIpv6Only: '- `EnableIPv4: false`：仅 IPv6；没有它，Flannel 会寻找 IPv4 网络并失败。',
  nsNetConfIpv6: (inlineNetwork) =>
    `- \`EnableIPv6: true\` 和 \`IPv6Network\` ${inlineNetwork}：IPv6 Pod 网络。Flannel v0.20.2 及更高版本按地址族为每个节点选择网段，所以 podSubnet 的顺序对它们没有影响；更早的版本需要 IPv4 在前。`,
  nsNetConfBackend: (inlineType, ipv6) => `- \`Backend\` ${inlineType}：${ipv6 ? 'vxlan、host-gw 和 wireguard 能承载 IPv6；其他后端不能。' : '节点之间的封装方式。'}`,
  nsFlannelWait: '等待 Flannel 在节点上运行：',
  nsJoinHeading: '## 4. 加入其他节点',
  nsJoinPrint: '在第一个控制面节点上打印 token 和 CA 哈希（控制面节点还需要证书密钥）：',
  nsJoinPut: '用这些值替换 REPLACE-WITH-… 占位符，把每个文件复制到对应节点并运行：',
  nsJoinOn: (name, role) => `在 ${name} 上（${role === 'worker' ? '工作节点' : '控制面节点'}）`,
  nsCheckHeading: (step) => `## ${step}. 检查`,
  nsCheckNodes: '每个节点都应当列出每个地址族的 podCIDR 和它的节点 IP：',
  nsCheckService: '然后，一个双栈 Service 应当在每个地址族各获得一个地址：',
  nsCheckClusterIps: '`clusterIPs` 把主地址族排在前面。测试完成后用 `kubectl delete service,deployment dual-test` 删除。',
  nsFirstNodeIp: (inlineNodeIp) => `第一个节点的 node-ip 是 ${inlineNodeIp}。`,
};
