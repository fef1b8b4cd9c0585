// The words of the generated files: comment lines, the annotations the page shows beside them, and (later) NEXT-STEPS.md.
// One table per language (words.en.ts, words.zh.ts), chosen by the caller: the page by its language and the
// "English comments" switch, the CLI by --lang. They live beside the renderers rather than in src/content because
// `renderAll(plan)` must keep writing English by default (for `generate`, the goldens and every other caller) and
// src/domain cannot import src/content; the Chinese table loads on demand, so English users never download it.
// Values from the plan (CIDRs, versions, names), commands and upstream error strings stay verbatim in every language.

import type { Inline } from './types';

/** The guide's sentences; Inline parts hold code (commands, file names, plan values) that stays verbatim. */
export interface GuideWords {
  title: string;
  plan: (families: string, kubernetes: string, flannel: string) => Inline[];
  familiesDual: (first: string, second: string, primary: string) => string;
  familiesOne: (family: string) => string;
  addresses: (pod: string, service: string, apiIp: string, dnsIp: string) => Inline[];
  prepareTitle: string;
  prepareIntro: string;
  dualRoutes: string;
  /** With --iface naming an interface: that interface on every node, with an address of each family. */
  ifaceAddresses: (iface: string, families: string[]) => Inline[];
  runtime: string;
  initTitle: (name: string | null) => Inline[];
  initIntro: Inline[];
  uploadCerts: Inline[];
  flannelTitle: Inline[];
  flannelIntro: (ipv6: boolean) => Inline[];
  netConfNote: Inline[];
  network: (network: string) => Inline[];
  ipv6Only: Inline[];
  ipv6Network: (network: string) => Inline[];
  backend: (type: string, ipv6: boolean) => Inline[];
  chooseOne: Inline[];
  kustomizeTitle: string;
  kustomize: Inline[];
  kustomizeArgs: (args: string[]) => Inline[];
  configmapTitle: string;
  configmap: Inline[];
  /** The ConfigMap way with flanneld arguments: the ConfigMap cannot hold them, so a patch of the DaemonSet adds them. */
  configmapArgs: (args: string[]) => Inline[];
  helmTitle: string;
  helm: Inline[];
  waitFlannel: string;
  joinTitle: Inline[];
  joinSecrets: (controlPlanes: boolean) => Inline[];
  joinRun: string;
  joinLate: Inline[];
  joinLateCerts: Inline[];
  checkTitle: Inline[];
  checkNodes: string;
  checkService: string;
  checkServiceAfter: Inline[];
  firstNodeIp: (ips: string) => Inline[];
  /** The shell comment after each join command. */
  joinComment: (name: string, role: 'control-plane' | 'worker') => string;
}

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
  kustomizeArgs: (args: string[]) => string;
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
  bootstrapTokens: string;
  initCertificateKey: string;
  joinToken: string;
  caCertHashes: string;
  joinCertificateKey: string;
  joinAdvertiseFamily: (family: string) => string;
  /** NEXT-STEPS.md and the review step's guide (render/next-steps.ts). */
  guide: GuideWords;
}
