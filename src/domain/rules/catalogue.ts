// Every rule, in the order the page and `check` list them. Each rule is a folder, rules/<component>/<name>/, whose
// id is `<component>-<name>` (folders.ts): rule.ts (the check), source.ts, example.ts, words.en.ts, words.zh.ts and,
// where upstream prints something, upstream.ts. This is the one list of rules; the other parts are found by folder.
import { rule as kubeadmSubnetSyntax } from './kubeadm/subnet-syntax/rule';
import { rule as kubeadmSubnetCount } from './kubeadm/subnet-count/rule';
import { rule as kubeadmServiceSubnetTooSmall } from './kubeadm/service-subnet-too-small/rule';
import { rule as kubeadmServiceSubnetTooLarge } from './kubeadm/service-subnet-too-large/rule';
import { rule as kubeadmPodSubnetTooSmall } from './kubeadm/pod-subnet-too-small/rule';
import { rule as kubeadmNodeMaskNotInteger } from './kubeadm/node-mask-not-integer/rule';
import { rule as kubeadmPodSubnetSmallerThanNodeMask } from './kubeadm/pod-subnet-smaller-than-node-mask/rule';
import { rule as kubeadmNodeMaskDifference } from './kubeadm/node-mask-difference/rule';
import { rule as kubeadmAdvertiseAddressInvalid } from './kubeadm/advertise-address-invalid/rule';
import { rule as kubeadmAdvertiseAddressUnusable } from './kubeadm/advertise-address-unusable/rule';
import { rule as kubeadmBindPort } from './kubeadm/bind-port/rule';
import { rule as kubeadmDnsDomain } from './kubeadm/dns-domain/rule';
import { rule as kubeadmControlPlaneEndpointInvalid } from './kubeadm/control-plane-endpoint-invalid/rule';
import { rule as kubeadmControlPlaneEndpointIpv6Port } from './kubeadm/control-plane-endpoint-ipv6-port/rule';
import { rule as kubeadmJoinEndpoint } from './kubeadm/join-endpoint/rule';
import { rule as kubeadmNodeName } from './kubeadm/node-name/rule';
import { rule as kubeadmApiVersion } from './kubeadm/api-version/rule';
import { rule as kubernetesVersionUnknown } from './kubernetes/version-unknown/rule';
import { rule as kubeadmPreflightIpv4Forward } from './kubeadm/preflight-ipv4-forward/rule';
import { rule as kubeadmSiteLocalSubnet } from './kubeadm/site-local-subnet/rule';
import { rule as kubeadmPodSubnetMissing } from './kubeadm/pod-subnet-missing/rule';
import { rule as kubeadmExtraArgsShape } from './kubeadm/extra-args-shape/rule';
import { rule as kubeadmYamlInvalid } from './kubeadm/yaml-invalid/rule';
import { rule as kubeadmFieldType } from './kubeadm/field-type/rule';
import { rule as apiserverAdvertiseFamily } from './apiserver/advertise-family/rule';
import { rule as controllerManagerLegacyMaskDualStack } from './controller-manager/legacy-mask-dual-stack/rule';
import { rule as controllerManagerLegacyAndFamilyMask } from './controller-manager/legacy-and-family-mask/rule';
import { rule as controllerManagerMaskWrongFamily } from './controller-manager/mask-wrong-family/rule';
import { rule as controllerManagerNodeCapacity } from './controller-manager/node-capacity/rule';
import { rule as controllerManagerOneNodeBlock } from './controller-manager/one-node-block/rule';
import { rule as controllerManagerPodsPerNode } from './controller-manager/pods-per-node/rule';
import { rule as kubeletNodeIpCount } from './kubelet/node-ip-count/rule';
import { rule as kubeletNodeIpUnspecifiedPair } from './kubelet/node-ip-unspecified-pair/rule';
import { rule as kubeletNodeIpUnparsable } from './kubelet/node-ip-unparsable/rule';
import { rule as kubeletNodeIpCloudDualStack } from './kubelet/node-ip-cloud-dual-stack/rule';
import { rule as kubeletNodeIpMissingFamily } from './kubelet/node-ip-missing-family/rule';
import { rule as kubeletNodeIpUnusable } from './kubelet/node-ip-unusable/rule';
import { rule as kubeProxyClusterCidrInvalid } from './kube-proxy/cluster-cidr-invalid/rule';
import { rule as kubeProxyClusterCidrMismatch } from './kube-proxy/cluster-cidr-mismatch/rule';
import { rule as flannelVersionUnknown } from './flannel/version-unknown/rule';
import { rule as flannelNetworkInvalid } from './flannel/network-invalid/rule';
import { rule as flannelNetworkNotIpv4 } from './flannel/network-not-ipv4/rule';
import { rule as flannelNoStack } from './flannel/no-stack/rule';
import { rule as flannelIpv6NetworkMissing } from './flannel/ipv6-network-missing/rule';
import { rule as flannelNetworkMissing } from './flannel/network-missing/rule';
import { rule as flannelNetworkContainsPodCidr } from './flannel/network-contains-pod-cidr/rule';
import { rule as flannelIpv6FirstPodsubnet } from './flannel/ipv6-first-podsubnet/rule';
import { rule as flannelIpv6OnlyUnsupported } from './flannel/ipv6-only-unsupported/rule';
import { rule as flannelIpv6OnlyEnableIpv4 } from './flannel/ipv6-only-enable-ipv4/rule';
import { rule as flannelDualStackIpv4OnlyNetconf } from './flannel/dual-stack-ipv4-only-netconf/rule';
import { rule as flannelEnableIpv6WithoutPodCidr } from './flannel/enable-ipv6-without-pod-cidr/rule';
import { rule as flannelBackendMissing } from './flannel/backend-missing/rule';
import { rule as flannelBackendUnknown } from './flannel/backend-unknown/rule';
import { rule as flannelBackendNoIpv6 } from './flannel/backend-no-ipv6/rule';
import { rule as flannelWireguardMode } from './flannel/wireguard-mode/rule';
import { rule as flannelIpsecPsk } from './flannel/ipsec-psk/rule';
import { rule as flannelSubnetOptionsIgnored } from './flannel/subnet-options-ignored/rule';
import { rule as flannelSubnetOptionsInvalid } from './flannel/subnet-options-invalid/rule';
import { rule as flannelNftablesUnsupported } from './flannel/nftables-unsupported/rule';
import { rule as flannelMtuUnsupported } from './flannel/mtu-unsupported/rule';
import { rule as flannelIfaceAddressDualStack } from './flannel/iface-address-dual-stack/rule';
import { rule as flannelDualStackDefaultRoutes } from './flannel/dual-stack-default-routes/rule';
import { rule as flannelBrNetfilter } from './flannel/br-netfilter/rule';
import { rule as flannelJsonInvalid } from './flannel/json-invalid/rule';
import { rule as flannelJsonType } from './flannel/json-type/rule';
import { rule as flannelBackendNotObject } from './flannel/backend-not-object/rule';
import { rule as flannelUnknownKey } from './flannel/unknown-key/rule';
import { rule as flannelNetworksKey } from './flannel/networks-key/rule';
import { rule as flannelManifestVersion } from './flannel/manifest-version/rule';
import { rule as flannelVxlanVni } from './flannel/vxlan-vni/rule';
import { rule as flannelMtuRange } from './flannel/mtu-range/rule';
import { rule as flannelIfaceInvalid } from './flannel/iface-invalid/rule';
import { rule as clusterCidrMissing } from './cluster/cidr-missing/rule';
import { rule as clusterFieldFamily } from './cluster/field-family/rule';
import { rule as clusterSingleStackServices } from './cluster/single-stack-services/rule';
import { rule as clusterPodServiceOverlap } from './cluster/pod-service-overlap/rule';
import { rule as clusterNodeIpInClusterRange } from './cluster/node-ip-in-cluster-range/rule';
import { rule as clusterReservedRange } from './cluster/reserved-range/rule';
import { rule as clusterDocumentationPrefix } from './cluster/documentation-prefix/rule';
import { rule as clusterNonCanonicalCidr } from './cluster/non-canonical-cidr/rule';
import { rule as clusterPrimaryFamilyMismatch } from './cluster/primary-family-mismatch/rule';
import { rule as clusterDuplicateNode } from './cluster/duplicate-node/rule';
import { rule as clusterIpv6ServiceRangeBeyond112 } from './cluster/ipv6-service-range-beyond-112/rule';
import { rule as clusterNodePodCidrsMismatch } from './cluster/node-pod-cidrs-mismatch/rule';
import { rule as clusterNodePodCidrFamilyMissing } from './cluster/node-pod-cidr-family-missing/rule';
import { rule as flannelNodePublicIpv6Missing } from './flannel/node-public-ipv6-missing/rule';
import { rule as fileKindUnknown } from './file/kind-unknown/rule';
import { rule as flannelYamlInvalid } from './flannel/yaml-invalid/rule';
import { rule as kubernetesVersionAssumed } from './kubernetes/version-assumed/rule';
import { rule as flannelVersionAssumed } from './flannel/version-assumed/rule';
import { rule as flannelKeyNotCarried } from './flannel/key-not-carried/rule';
import { rule as flannelNetConfDiffers } from './flannel/net-conf-differs/rule';
import type { Rule } from './types';

export const RULES = [
  kubeadmSubnetSyntax,
  kubeadmSubnetCount,
  kubeadmServiceSubnetTooSmall,
  kubeadmServiceSubnetTooLarge,
  kubeadmPodSubnetTooSmall,
  kubeadmNodeMaskNotInteger,
  kubeadmPodSubnetSmallerThanNodeMask,
  kubeadmNodeMaskDifference,
  kubeadmAdvertiseAddressInvalid,
  kubeadmAdvertiseAddressUnusable,
  kubeadmBindPort,
  kubeadmDnsDomain,
  kubeadmControlPlaneEndpointInvalid,
  kubeadmControlPlaneEndpointIpv6Port,
  kubeadmJoinEndpoint,
  kubeadmNodeName,
  kubeadmApiVersion,
  kubernetesVersionUnknown,
  kubeadmPreflightIpv4Forward,
  kubeadmSiteLocalSubnet,
  kubeadmPodSubnetMissing,
  kubeadmExtraArgsShape,
  kubeadmYamlInvalid,
  kubeadmFieldType,
  apiserverAdvertiseFamily,
  controllerManagerLegacyMaskDualStack,
  controllerManagerLegacyAndFamilyMask,
  controllerManagerMaskWrongFamily,
  controllerManagerNodeCapacity,
  controllerManagerOneNodeBlock,
  controllerManagerPodsPerNode,
  kubeletNodeIpCount,
  kubeletNodeIpUnspecifiedPair,
  kubeletNodeIpUnparsable,
  kubeletNodeIpCloudDualStack,
  kubeletNodeIpMissingFamily,
  kubeletNodeIpUnusable,
  kubeProxyClusterCidrInvalid,
  kubeProxyClusterCidrMismatch,
  flannelVersionUnknown,
  flannelNetworkInvalid,
  flannelNetworkNotIpv4,
  flannelNoStack,
  flannelIpv6NetworkMissing,
  flannelNetworkMissing,
  flannelNetworkContainsPodCidr,
  flannelIpv6FirstPodsubnet,
  flannelIpv6OnlyUnsupported,
  flannelIpv6OnlyEnableIpv4,
  flannelDualStackIpv4OnlyNetconf,
  flannelEnableIpv6WithoutPodCidr,
  flannelBackendMissing,
  flannelBackendUnknown,
  flannelBackendNoIpv6,
  flannelWireguardMode,
  flannelIpsecPsk,
  flannelSubnetOptionsIgnored,
  flannelSubnetOptionsInvalid,
  flannelNftablesUnsupported,
  flannelMtuUnsupported,
  flannelIfaceAddressDualStack,
  flannelDualStackDefaultRoutes,
  flannelBrNetfilter,
  flannelJsonInvalid,
  flannelJsonType,
  flannelBackendNotObject,
  flannelUnknownKey,
  flannelNetworksKey,
  flannelManifestVersion,
  flannelVxlanVni,
  flannelMtuRange,
  flannelIfaceInvalid,
  clusterCidrMissing,
  clusterFieldFamily,
  clusterSingleStackServices,
  clusterPodServiceOverlap,
  clusterNodeIpInClusterRange,
  clusterReservedRange,
  clusterDocumentationPrefix,
  clusterNonCanonicalCidr,
  clusterPrimaryFamilyMismatch,
  clusterDuplicateNode,
  clusterIpv6ServiceRangeBeyond112,
  clusterNodePodCidrsMismatch,
  clusterNodePodCidrFamilyMissing,
  flannelNodePublicIpv6Missing,
  fileKindUnknown,
  flannelYamlInvalid,
  kubernetesVersionAssumed,
  flannelVersionAssumed,
  flannelKeyNotCarried,
  flannelNetConfDiffers,
] as const satisfies readonly Rule[];

/** A rule id of the catalogue. */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
