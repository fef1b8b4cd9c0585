// The words of the generated files: comment lines, the annotations the page shows beside them, and (later) NEXT-STEPS.md.
// One table per language (words.en.ts, words.zh.ts), chosen by the caller: the page by its language and the
// "English comments" switch, the CLI by --lang. They live beside the renderers rather than in src/content because
// `renderAll(plan)` must keep writing English by default (for `generate`, the goldens and every other caller) and
// src/domain cannot import src/content; the Chinese table loads on demand, so English users never download it.
// Values from the plan (CIDRs, versions, names), commands and upstream error strings stay verbatim in every language.

export interface RenderWords {
  /** BCP 47 tag of the words. */
  lang: 'en' | 'zh-CN';
  /** First comment line of every YAML file; header.ts reads it back in either language. */
  header: (kubernetes: string, flannel: string) => string;
  // net-conf.json (annotations only: JSON has no comments)
  netConfDualStack: string;
  netConfIpv6Only: string;
  /** type: the Backend Type, or null when net-conf.json has no Backend key. */
  netConfBackend: (type: string | null) => string;
  // kube-flannel-cfg.yaml
  configMapNamespace: (tag: string, namespace: string) => string;
  configMapApply: string;
  // kustomization.yaml
  kustomizeResources: (tag: string) => string;
  kustomizePatches: string;
  // flannel-values.yaml
  helmValues: (tag: string, namespace: string) => string;
  helmNotCarried: (keys: string[]) => string;
  helmTunnelMode: string;
  // kubeadm-config.yaml and join-<node>.yaml. family: "IPv4" or "IPv6". Sentences that extend another start with
  // their own separator (a space in English, nothing in Chinese).
  podOrder: (first: string) => string;
  podOrderIpv6FirstFixed: string;
  podOrderIpv6FirstBroken: (flannelVersion: string, second: string) => string;
  podOrderIpv4KeptFirst: string;
  podOrderIpv4First: string;
  serviceIps: (kubernetesServiceIp: string, clusterDnsIp: string) => string;
  serviceOrder: (first: string, ips: string) => string;
  serviceRange: (ips: string) => string;
  maskPart: (family: string, nodeMask: number, podPrefix: number, nodes: string, podIps: string) => string;
  masks: (parts: string[]) => string;
  nodeIpOrder: (family: string) => string;
  advertiseFamily: (family: string) => string;
  kubernetesVersion: string;
  kubeProxyClusterCidr: string;
  joinEndpoint: string;
  joinToken: string;
  joinCertificateKey: string;
  joinAdvertiseFamily: (family: string) => string;
  // NEXT-STEPS.md: whole Markdown lines. Arguments named inline are already `quoted` by the renderer.
  nsTitle: string;
  nsPlan: (families: string[], kubernetes: string, flannelTag: string) => string;
  nsAddresses: (podSubnet: string, serviceSubnet: string, kubernetesServiceIp: string, clusterDnsIp: string) => string;
  nsPrepareHeading: string;
  nsPrepareIntro: string;
  nsDualRoutes: string;
  nsInstall: string;
  nsInitHeading: (inlineName: string | null) => string;
  nsInitCopy: string;
  nsFlannelHeading: string;
  nsFlannelKustomize: string;
  /** Shell comment after `kubectl apply -k .` */
  nsKustomizeFolder: string;
  nsFlannelConfigMap: string;
  nsFlannelHelm: (ipv6: boolean) => string;
  nsNetConfIntro: string;
  nsNetConfNetwork: (inlineNetwork: string) => string;
  nsNetConfIpv6Only: string;
  nsNetConfIpv6: (inlineNetwork: string) => string;
  nsNetConfBackend: (inlineType: string, ipv6: boolean) => string;
  nsFlannelWait: string;
  nsJoinHeading: string;
  nsJoinPrint: string;
  nsJoinPut: string;
  /** Shell comment after each `kubeadm join` command. */
  nsJoinOn: (name: string, role: 'control-plane' | 'worker') => string;
  nsCheckHeading: (step: number) => string;
  nsCheckNodes: string;
  nsCheckService: string;
  nsCheckClusterIps: string;
  nsFirstNodeIp: (inlineNodeIp: string) => string;
}
