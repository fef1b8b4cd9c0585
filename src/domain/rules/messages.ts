// What kubeadm, the Kubernetes components and Flannel print for each rule's outcome, verbatim, as data.
// Only the explainer (explain.ts), the rule pages and `explain` need these, so they load apart from the checks,
// like sources.ts. A rule whose outcome has no verbatim upstream string has no messages here.
import type { VersionRange } from '../versions';
import type { Component, RuleId } from './types';

/**
 * A placeholder's kind: what the upstream format verb (%s, %q, %v, %d) prints there, as a bounded pattern.
 * cidr4/cidr6/ip4/ip6 hold one family; cidr/ip either; int a decimal; name a node or interface name; word a token
 * without spaces or quotes; text anything up to the next double quote; any anything to the end of the line.
 */
export type PlaceholderKind = 'cidr' | 'cidr4' | 'cidr6' | 'ip' | 'ip4' | 'ip6' | 'int' | 'name' | 'word' | 'text' | 'any';

export interface MessageVersions {
  kubernetes?: VersionRange;
  flannel?: VersionRange;
}

export interface UpstreamMessage {
  /** Unique in the catalogue: `<rule>/<key>`. */
  id: string;
  /** The rule whose outcome this is; the explainer ranks it first for a line with this message. */
  rule: RuleId;
  /** Other rules whose outcome prints the same words; the explainer lists them after `rule`. */
  alsoRules?: readonly RuleId[];
  component: Component;
  /** As upstream writes it, Go verbs kept (`subnet %q specified in …`). */
  text: string;
  /** One line as the component prints it, with representative values. */
  example: string;
  /**
   * How to find it in a log: literal text, `{name:kind}` for a captured value (`{:kind}` uncaptured), `[[…]]` for an
   * optional part. Compiled by `compileTemplate` to a regex whose every repetition is bounded.
   */
  template: string;
  /** Versions that print it; absent: every version this tool knows. */
  versions?: MessageVersions;
  /** Where it differs by rule: the versions in which the message is that rule's outcome (else `versions`). */
  versionsByRule?: Readonly<Record<string, MessageVersions>>;
  /** Upstream file and function, commit or tag (never a rationale). */
  source: string;
  /**
   * The rule parameters the message implies, by rule id (e.g. which outcome of a version-dependent rule it is), so
   * the rule's words can describe what the log shows; the captured values are added to them.
   */
  params?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const IPV4 = String.raw`\d{1,3}(?:\.\d{1,3}){3}`;
// An IPv6 literal: hex digits, colons and dots (an embedded IPv4), with at least one colon.
const IPV6 = String.raw`[0-9A-Fa-f.]{0,39}:[0-9A-Fa-f:.]{1,45}`;

const KINDS: Record<PlaceholderKind, { pattern: string; weight: number }> = {
  cidr4: { pattern: `${IPV4}/\\d{1,2}`, weight: 8 },
  cidr6: { pattern: `${IPV6}/\\d{1,3}`, weight: 8 },
  ip4: { pattern: IPV4, weight: 8 },
  ip6: { pattern: IPV6, weight: 8 },
  cidr: { pattern: String.raw`[0-9A-Fa-f:.]{2,45}/\d{1,3}`, weight: 4 },
  ip: { pattern: String.raw`[0-9A-Fa-f:.]{2,45}`, weight: 4 },
  int: { pattern: String.raw`-?\d{1,20}`, weight: 2 },
  name: { pattern: String.raw`[A-Za-z0-9][A-Za-z0-9._-]{0,252}`, weight: 1 },
  word: { pattern: String.raw`[^\s"]{1,200}`, weight: 0 },
  text: { pattern: String.raw`[^"\n]{0,300}`, weight: 0 },
  any: { pattern: String.raw`[^\n]{0,300}`, weight: 0 },
};

export interface CompiledTemplate {
  regex: RegExp;
  /**
   * How specific a match is: the number of literal characters outside optional parts, plus each placeholder's
   * weight (a value of one family says more than any CIDR, a CIDR more than free text). The explainer ranks a more
   * specific message first, so a message that contains another (`Observed a panic: Address is not an IPv4 address`
   * contains `Address is not an IPv4 address`) or narrows it (an IPv6 PodCIDR in the containment error) wins.
   */
  specificity: number;
  /** The longest literal piece: a line without it cannot match, so the regex runs only on lines that hold it. */
  anchor: string;
  /** Names of the captured placeholders, in order. */
  captures: string[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Compiles a message template; throws on a malformed one (a test compiles every template). */
export function compileTemplate(template: string): CompiledTemplate {
  let source = '';
  let specificity = 0;
  let anchor = '';
  let literal = '';
  let optional = false;
  const captures: string[] = [];
  const flush = (): void => {
    if (!optional && literal.length > anchor.length) anchor = literal;
    if (!optional) specificity += literal.length;
    source += escape(literal);
    literal = '';
  };
  for (let i = 0; i < template.length; ) {
    if (template.startsWith('[[', i) || template.startsWith(']]', i)) {
      const open = template[i] === '[';
      if (open === optional) throw new Error(`template ${template}: unbalanced [[ ]]`);
      flush();
      source += open ? '(?:' : ')?';
      optional = open;
      i += 2;
    } else if (template[i] === '{') {
      const end = template.indexOf('}', i);
      const m = /^\{([A-Za-z0-9]*):([a-z0-9]+)\}$/.exec(template.slice(i, end + 1));
      const kind = m ? KINDS[m[2] as PlaceholderKind] : undefined;
      if (!m || !kind) throw new Error(`template ${template}: bad placeholder at ${i}`);
      flush();
      const name = m[1]!;
      if (name) {
        if (captures.includes(name)) throw new Error(`template ${template}: ${name} twice`);
        captures.push(name);
      }
      source += name ? `(?<${name}>${kind.pattern})` : `(?:${kind.pattern})`;
      if (!optional) specificity += kind.weight;
      i = end + 1;
    } else {
      literal += template[i];
      i += 1;
    }
  }
  if (optional) throw new Error(`template ${template}: unbalanced [[ ]]`);
  flush();
  if (anchor.length < 4) throw new Error(`template ${template}: no literal piece of 4 characters to look for`);
  return { regex: new RegExp(source), specificity, anchor, captures };
}

const KUBEADM_VALIDATION = 'kubeadm cmd/kubeadm/app/apis/kubeadm/validation/validation.go';
const FLANNEL_KUBE = 'flannel pkg/subnet/kube/kube.go AcquireLease';
const NODE_IP = 'component-helpers node/util/ips.go ParseNodeIPArgument (1.27+, PR #116305)';
const NODE_IP_LEGACY = 'kubelet cmd/kubelet/app/server.go run (before 1.27)';
const ADDRESS_PANIC_RULES = ['flannel-ipv6-first-podsubnet', 'flannel-ipv6-only-unsupported', 'flannel-ipv6-only-enable-ipv4', 'flannel-backend-no-ipv6'] as const;

/** Every upstream message, grouped by rule in catalogue order. */
export const UPSTREAM_MESSAGES: readonly UpstreamMessage[] = [
  // kubeadm (validation.go ValidateNetworking and friends; field errors print as `<path>: Invalid value: "<v>": <msg>`)
  {
    id: 'kubeadm-subnet-syntax/parse',
    rule: 'kubeadm-subnet-syntax',
    component: 'kubeadm',
    text: "couldn't parse subnet",
    example: 'networking.podSubnet: Invalid value: "10.244.0.0/16, fd00:10:244::/56": couldn\'t parse subnet',
    template: '[[networking.{setting:word}: Invalid value: "{value:text}": ]]couldn\'t parse subnet',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString`,
  },
  {
    id: 'kubeadm-subnet-count/count',
    rule: 'kubeadm-subnet-count',
    alsoRules: ['cluster-field-family'],
    component: 'kubeadm',
    text: 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    example: 'networking.serviceSubnet: Invalid value: "10.96.0.0/12,10.97.0.0/16": expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    template: '[[networking.{setting:word}: Invalid value: "{value:text}": ]]expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString (netutils.IsDualStackCIDRs)`,
  },
  {
    id: 'kubeadm-service-subnet-too-small/size',
    rule: 'kubeadm-service-subnet-too-small',
    component: 'kubeadm',
    text: 'subnet with %d address(es) is too small, the minimum is %d',
    example: 'networking.serviceSubnet: Invalid value: "10.96.0.0/29": subnet with 8 address(es) is too small, the minimum is 10',
    // MinimumAddressesInServiceSubnet = 10 tells it from the pod subnet's 14.
    template: '[[networking.serviceSubnet: Invalid value: "{cidr:cidr}": ]]subnet with {size:int} address(es) is too small, the minimum is 10',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString: MinimumAddressesInServiceSubnet`,
  },
  {
    id: 'kubeadm-service-subnet-too-large/size',
    rule: 'kubeadm-service-subnet-too-large',
    component: 'kubeadm',
    text: 'specified service subnet is too large; for %d-bit addresses, the mask must be >= %d',
    example: 'networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108',
    template: '[[networking.serviceSubnet: Invalid value: "{cidr:cidr}": ]]specified service subnet is too large; for {bits:int}-bit addresses, the mask must be >= {minPrefix:int}',
    source: `${KUBEADM_VALIDATION} ValidateServiceSubnetSize: MaximumBitsForServiceSubnet`,
  },
  {
    id: 'kubeadm-pod-subnet-too-small/size',
    rule: 'kubeadm-pod-subnet-too-small',
    component: 'kubeadm',
    text: 'subnet with %d address(es) is too small, the minimum is %d',
    example: 'networking.podSubnet: Invalid value: "10.244.0.0/29": subnet with 8 address(es) is too small, the minimum is 14',
    template: '[[networking.podSubnet: Invalid value: "{cidr:cidr}": ]]subnet with {size:int} address(es) is too small, the minimum is 14',
    source: `${KUBEADM_VALIDATION} ValidateIPNetFromString: MinimumAddressesInPodSubnet`,
  },
  {
    id: 'kubeadm-node-mask-not-integer/atoi',
    rule: 'kubeadm-node-mask-not-integer',
    component: 'kubeadm',
    text: 'could not parse the value of the kube-controller-manager flag %s as an integer: %v',
    example: 'could not parse the value of the kube-controller-manager flag node-cidr-mask-size-ipv6 as an integer: strconv.Atoi: parsing "x": invalid syntax',
    template: 'could not parse the value of the kube-controller-manager flag {flag:word} as an integer: strconv.Atoi: parsing "{value:text}"',
    source: `${KUBEADM_VALIDATION} getClusterNodeMask`,
  },
  {
    id: 'kubeadm-pod-subnet-smaller-than-node-mask/size',
    rule: 'kubeadm-pod-subnet-smaller-than-node-mask',
    component: 'kubeadm',
    text: 'the size of pod subnet with mask %d is smaller than the size of node subnet with mask %d',
    example: 'networking.podSubnet: Invalid value: "fd00:10:244::/80": the size of pod subnet with mask 80 is smaller than the size of node subnet with mask 64',
    template: '[[networking.podSubnet: Invalid value: "{value:text}": ]]the size of pod subnet with mask {prefix:int} is smaller than the size of node subnet with mask {mask:int}',
    source: `${KUBEADM_VALIDATION} ValidatePodSubnetNodeMask`,
  },
  {
    id: 'kubeadm-node-mask-difference/diff',
    rule: 'kubeadm-node-mask-difference',
    component: 'kubeadm',
    text: 'pod subnet mask (%d) and node-mask (%d) difference is greater than 16',
    example: 'networking.podSubnet: Invalid value: "fd00:10:244::/40": pod subnet mask (40) and node-mask (64) difference is greater than 16',
    template: '[[networking.podSubnet: Invalid value: "{value:text}": ]]pod subnet mask ({prefix:int}) and node-mask ({mask:int}) difference is greater than 16',
    source: `${KUBEADM_VALIDATION} ValidatePodSubnetNodeMask: PodSubnetNodeMaskMaxDiff`,
  },
  {
    id: 'kubeadm-advertise-address-invalid/parse',
    rule: 'kubeadm-advertise-address-invalid',
    alsoRules: ['kubelet-node-ip-unparsable'],
    component: 'kubeadm',
    text: 'couldn\'t use "%s" as "apiserver-advertise-address", must be ipv4 or ipv6 address',
    example: 'couldn\'t use "192.168.10.11,fd00::11" as "apiserver-advertise-address", must be ipv4 or ipv6 address',
    template: 'couldn\'t use "{value:text}" as "apiserver-advertise-address", must be ipv4 or ipv6 address',
    source: 'kubeadm cmd/kubeadm/app/util/config/initconfiguration.go SetAPIEndpointDynamicDefaults',
  },
  {
    id: 'kubeadm-advertise-address-unusable/bind',
    rule: 'kubeadm-advertise-address-unusable',
    component: 'kubeadm',
    text: 'cannot use %q as the bind address for the API Server',
    example: 'cannot use "fe80::1" as the bind address for the API Server',
    template: 'cannot use "{value:ip}" as the bind address for the API Server',
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go VerifyAPIServerBindAddress',
  },
  {
    id: 'kubeadm-bind-port/port',
    rule: 'kubeadm-bind-port',
    component: 'kubeadm',
    text: 'port number is not valid',
    example: 'localAPIEndpoint.bindPort: Invalid value: 70000: port number is not valid',
    template: '[[bindPort: Invalid value: {port:int}: ]]port number is not valid',
    source: `${KUBEADM_VALIDATION} ValidateAPIEndpoint`,
  },
  {
    id: 'kubeadm-control-plane-endpoint-invalid/endpoint',
    rule: 'kubeadm-control-plane-endpoint-invalid',
    component: 'kubeadm',
    text: 'endpoint is not valid',
    example: 'controlPlaneEndpoint: Invalid value: "[fd00::1]": endpoint is not valid',
    template: '[[controlPlaneEndpoint: Invalid value: "{value:text}": ]]endpoint is not valid',
    source: `${KUBEADM_VALIDATION} ValidateHostPort (cmd/kubeadm/app/util/endpoint.go ParseHostPort)`,
  },
  {
    id: 'kubeadm-dns-domain/rfc1123',
    rule: 'kubeadm-dns-domain',
    component: 'kubeadm',
    text: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    example:
      "networking.dnsDomain: Invalid value: \"Cluster.Local\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    // The field path tells it from the same words about a node name.
    template: "networking.dnsDomain: Invalid value: \"{value:text}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'",
    source: `${KUBEADM_VALIDATION} ValidateNetworking: validation.IsDNS1123Subdomain`,
  },
  {
    id: 'kubeadm-node-name/rfc1123',
    rule: 'kubeadm-node-name',
    component: 'kubeadm',
    text: "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    example:
      "nodeRegistration.name: Invalid value: \"Worker_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    template: "nodeRegistration.name: Invalid value: \"{value:text}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'",
    source: `${KUBEADM_VALIDATION} ValidateNodeRegistrationOptions: IsDNS1123Subdomain`,
  },
  {
    id: 'kubeadm-join-endpoint/missing-port',
    rule: 'kubeadm-join-endpoint',
    component: 'kubeadm',
    text: 'address %s: missing port in address',
    example: 'discovery.bootstrapToken.apiServerEndpoint: Invalid value: "10.0.0.1": address 10.0.0.1: missing port in address',
    template: 'address {value:word}: missing port in address',
    source: `${KUBEADM_VALIDATION} ValidateDiscoveryTokenAPIServer: Go net.SplitHostPort`,
  },
  {
    id: 'kubeadm-join-endpoint/too-many-colons',
    rule: 'kubeadm-join-endpoint',
    component: 'kubeadm',
    text: 'address %s: too many colons in address',
    example: 'discovery.bootstrapToken.apiServerEndpoint: Invalid value: "fd00::1:6443": address fd00::1:6443: too many colons in address',
    template: 'address {value:word}: too many colons in address',
    source: `${KUBEADM_VALIDATION} ValidateDiscoveryTokenAPIServer: Go net.SplitHostPort`,
  },
  {
    id: 'kubeadm-api-version/old',
    rule: 'kubeadm-api-version',
    component: 'kubeadm',
    text: 'your configuration file uses an old API spec: %q',
    example: 'your configuration file uses an old API spec: "kubeadm.k8s.io/v1beta2". Please use kubeadm v1.22 instead and run \'kubeadm config migrate --old-config old.yaml --new-config new.yaml\', which will write the new, similar spec using a newer API version.',
    template: 'your configuration file uses an old API spec: "{apiVersion:word}"',
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go validateSupportedVersion',
    params: { 'kubeadm-api-version': { status: 'removed' } },
  },
  {
    id: 'kubeadm-api-version/deprecated',
    rule: 'kubeadm-api-version',
    component: 'kubeadm',
    text: 'your configuration file uses a deprecated API spec: %q',
    example: 'your configuration file uses a deprecated API spec: "kubeadm.k8s.io/v1beta3" (kind: "ClusterConfiguration"). Please use \'kubeadm config migrate --old-config old.yaml --new-config new.yaml\', which will write the new, similar spec using a newer API version.',
    template: 'your configuration file uses a deprecated API spec: "{apiVersion:word}"',
    versions: { kubernetes: { from: '1.31', to: '1.35' } },
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go validateSupportedVersion (PR #125029)',
    params: { 'kubeadm-api-version': { status: 'deprecated' } },
  },
  {
    id: 'kubeadm-api-version/experimental',
    rule: 'kubeadm-api-version',
    component: 'kubeadm',
    text: 'experimental API spec: %q is not allowed',
    example: 'experimental API spec: "kubeadm.k8s.io/v1beta4" is not allowed. You can use the --allow-experimental-api flag if the command supports it.',
    template: 'experimental API spec: "{apiVersion:word}" is not allowed',
    versions: { kubernetes: { from: '1.28', to: '1.30' } },
    source: 'kubeadm cmd/kubeadm/app/util/config/common.go validateSupportedVersion (PR #118866)',
    params: { 'kubeadm-api-version': { status: 'experimental' } },
  },
  {
    id: 'kubeadm-preflight-ipv4-forward/preflight',
    rule: 'kubeadm-preflight-ipv4-forward',
    component: 'kubeadm',
    text: '[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
    example: '\t[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
    template: '[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
    versions: { kubernetes: { to: '1.26' } },
    source: 'kubeadm cmd/kubeadm/app/preflight/checks.go addCommonChecks FileContentCheck',
  },
  {
    id: 'kubeadm-pod-subnet-missing/not-assigned',
    rule: 'kubeadm-pod-subnet-missing',
    alsoRules: ['controller-manager-node-capacity', 'controller-manager-one-node-block'],
    component: 'flannel',
    text: 'node %q pod cidr not assigned',
    example: 'Error registering network: failed to acquire lease: node "worker-1" pod cidr not assigned',
    template: 'node "{node:name}" pod cidr not assigned',
    source: `${FLANNEL_KUBE}`,
  },
  // kube-apiserver
  {
    id: 'apiserver-advertise-family/family',
    rule: 'apiserver-advertise-family',
    component: 'kube-apiserver',
    text: 'service IP family %q must match public address family %q',
    example: 'Error: [service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"]',
    template: 'service IP family "{serviceCidr:cidr}" must match public address family "{address:ip}"',
    versions: { kubernetes: { from: '1.24' } },
    source: 'kube-apiserver cmd/kube-apiserver/app/options/validation.go validatePublicIPServiceClusterIPRangeIPFamilies (PR #106721, 1.24; PR #119081)',
    params: { 'apiserver-advertise-family': { mode: 'explicit' } },
  },
  // kube-controller-manager
  {
    id: 'controller-manager-legacy-mask-dual-stack/dual',
    rule: 'controller-manager-legacy-mask-dual-stack',
    component: 'kube-controller-manager',
    text: 'usage of --node-cidr-mask-size is not allowed with dual-stack clusters',
    example: 'Error starting "node-ipam-controller": usage of --node-cidr-mask-size is not allowed with dual-stack clusters',
    template: 'usage of --node-cidr-mask-size is not allowed with dual-stack clusters',
    source: 'kube-controller-manager cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes',
  },
  {
    id: 'controller-manager-legacy-and-family-mask/both',
    rule: 'controller-manager-legacy-and-family-mask',
    component: 'kube-controller-manager',
    text: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set',
    example: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags',
    template: 'usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set',
    source: 'kube-controller-manager cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes',
  },
  ...(['ipv4', 'ipv6'] as const).map(
    (flagFamily): UpstreamMessage => {
      const text = `usage of --node-cidr-mask-size-${flagFamily} is not allowed for a single-stack ${flagFamily === 'ipv4' ? 'IPv6' : 'IPv4'} cluster`;
      return {
        id: `controller-manager-mask-wrong-family/${flagFamily}`,
        rule: 'controller-manager-mask-wrong-family',
        component: 'kube-controller-manager',
        text,
        example: `Error starting "node-ipam-controller": ${text}`,
        template: text,
        source: 'kube-controller-manager cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes',
      };
    },
  ),
  {
    id: 'controller-manager-node-capacity/no-remaining',
    rule: 'controller-manager-node-capacity',
    alsoRules: ['controller-manager-one-node-block'],
    component: 'kube-controller-manager',
    text: 'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    example: 'failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    template: 'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range',
    source: 'kube-controller-manager pkg/controller/nodeipam/ipam/cidrset/cidr_set.go AllocateNext (ErrCIDRRangeNoCIDRsRemaining), wrapped by range_allocator.go AllocateOrOccupyCIDR',
  },
  {
    id: 'controller-manager-node-capacity/event',
    rule: 'controller-manager-node-capacity',
    alsoRules: ['controller-manager-one-node-block'],
    component: 'kube-controller-manager',
    text: 'CIDRNotAvailable',
    example: '  Normal  CIDRNotAvailable  2m (x12 over 40m)  cidrAllocator  Node worker-3 status is now: CIDRNotAvailable',
    template: 'CIDRNotAvailable',
    source: 'kube-controller-manager pkg/controller/nodeipam/ipam/range_allocator.go AllocateOrOccupyCIDR (nodeutil.RecordNodeStatusChange)',
  },
  // kubelet --node-ip
  {
    id: 'kubelet-node-ip-count/count',
    rule: 'kubelet-node-ip-count',
    alsoRules: ['cluster-field-family'],
    component: 'kubelet',
    text: 'bad --node-ip %q: must contain either a single IP or a dual-stack pair of IPs',
    example: 'failed to run Kubelet: bad --node-ip "192.168.10.21,192.168.10.22": must contain either a single IP or a dual-stack pair of IPs',
    // 1.27+ prints "bad --node-ip %q: %v"; before, kubelet wrote "bad --node-ip %q; must contain …" itself.
    template: 'bad --node-ip "{value:text}"[[:]][[;]] must contain either a single IP or a dual-stack pair of IPs',
    source: `${NODE_IP}, wrapped by kubelet cmd/kubelet/app/server.go run; before, ${NODE_IP_LEGACY}`,
  },
  {
    id: 'kubelet-node-ip-unspecified-pair/unspecified',
    rule: 'kubelet-node-ip-unspecified-pair',
    component: 'kubelet',
    text: "bad --node-ip %q: dual-stack node IP cannot include '0.0.0.0' or '::'",
    example: "failed to run Kubelet: bad --node-ip \"0.0.0.0,fd00::21\": dual-stack node IP cannot include '0.0.0.0' or '::'",
    template: "bad --node-ip \"{value:text}\": dual-stack node IP cannot include '0.0.0.0' or '::'",
    versions: { kubernetes: { from: '1.27' } },
    source: NODE_IP,
  },
  {
    id: 'kubelet-node-ip-unspecified-pair/legacy',
    rule: 'kubelet-node-ip-unspecified-pair',
    component: 'kubelet',
    text: "dual-stack --node-ip %q cannot include '0.0.0.0' or '::'",
    example: "failed to run Kubelet: dual-stack --node-ip \"0.0.0.0,fd00::21\" cannot include '0.0.0.0' or '::'",
    template: "dual-stack --node-ip \"{value:text}\" cannot include '0.0.0.0' or '::'",
    versions: { kubernetes: { to: '1.26' } },
    source: NODE_IP_LEGACY,
    params: { 'kubelet-node-ip-unspecified-pair': { parser: 'legacy' } },
  },
  {
    id: 'kubelet-node-ip-unparsable/ignored',
    rule: 'kubelet-node-ip-unparsable',
    component: 'kubelet',
    text: 'Could not parse some node IP(s), ignoring them',
    example: 'I0612 10:11:12.123456    1234 server.go:1217] "Could not parse some node IP(s), ignoring them" IPs=["192.168.10.2x"]',
    template: 'Could not parse some node IP(s), ignoring them',
    versions: { kubernetes: { from: '1.27' } },
    source: 'kubelet cmd/kubelet/app/server.go run, on the invalid entries of component-helpers node/util/ips.go ParseNodeIPArgument (PR #116305)',
  },
  {
    id: 'kubelet-node-ip-unparsable/legacy',
    rule: 'kubelet-node-ip-unparsable',
    component: 'kubelet',
    text: 'Could not parse --node-ip ignoring',
    example: 'I0612 10:11:12.123456    1234 server.go:760] "Could not parse --node-ip ignoring" IP="192.168.10.2x"',
    template: 'Could not parse --node-ip ignoring',
    versions: { kubernetes: { to: '1.26' } },
    params: { 'kubelet-node-ip-unparsable': { parser: 'legacy' } },
    source: NODE_IP_LEGACY,
  },
  {
    id: 'kubelet-node-ip-cloud-dual-stack/gate',
    rule: 'kubelet-node-ip-cloud-dual-stack',
    component: 'kubelet',
    text: 'bad --node-ip %q: dual-stack not supported in this configuration',
    example: 'failed to run Kubelet: bad --node-ip "10.0.0.5,fd00::5": dual-stack not supported in this configuration',
    template: 'bad --node-ip "{value:text}": dual-stack not supported in this configuration',
    versions: { kubernetes: { from: '1.27', to: '1.28' } },
    source: `${NODE_IP}; KEP-3705 CloudDualStackNodeIPs`,
  },
  {
    id: 'kubelet-node-ip-cloud-dual-stack/legacy',
    rule: 'kubelet-node-ip-cloud-dual-stack',
    component: 'kubelet',
    text: 'dual-stack --node-ip %q not supported when using a cloud provider',
    example: 'failed to run Kubelet: dual-stack --node-ip "10.0.0.5,fd00::5" not supported when using a cloud provider',
    template: 'dual-stack --node-ip "{value:text}" not supported when using a cloud provider',
    versions: { kubernetes: { to: '1.26' } },
    source: NODE_IP_LEGACY,
    params: { 'kubelet-node-ip-cloud-dual-stack': { parser: 'legacy' } },
  },
  ...(['nodeIP', 'secondaryNodeIP'] as const).map(
    (which): UpstreamMessage => ({
      id: `kubelet-node-ip-unusable/${which === 'nodeIP' ? 'validate' : 'validate-secondary'}`,
      rule: 'kubelet-node-ip-unusable',
      component: 'kubelet',
      text: `failed to validate ${which}: %v`,
      example: `"Failed to set some node status fields" err="failed to validate ${which}: node IP: "192.168.10.99" not found in the host's network interfaces"`,
      template: `failed to validate ${which}: {:any}`,
      source: 'kubelet pkg/kubelet/nodestatus/setters.go NodeAddress, on pkg/kubelet/kubelet_node_status.go validateNodeIP',
    }),
  ),
  // kube-proxy
  {
    id: 'kube-proxy-cluster-cidr-invalid/too-many',
    rule: 'kube-proxy-cluster-cidr-invalid',
    component: 'kube-proxy',
    text: 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    example: 'KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/16,fd00::/56,10.245.0.0/16": only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    template: 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    source: 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate',
    params: { 'kube-proxy-cluster-cidr-invalid': { shape: 'too-many' } },
  },
  {
    id: 'kube-proxy-cluster-cidr-invalid/not-dual',
    rule: 'kube-proxy-cluster-cidr-invalid',
    component: 'kube-proxy',
    text: 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    example: 'KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/16,10.245.0.0/16": must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    template: 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)',
    source: 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate',
    params: { 'kube-proxy-cluster-cidr-invalid': { shape: 'not-dual' } },
  },
  {
    id: 'kube-proxy-cluster-cidr-invalid/invalid',
    rule: 'kube-proxy-cluster-cidr-invalid',
    component: 'kube-proxy',
    text: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
    example: 'KubeProxyConfiguration.ClusterCIDR: Invalid value: "10.244.0.0/33": must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
    template: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)',
    source: 'kube-proxy pkg/proxy/apis/config/validation/validation.go Validate',
    params: { 'kube-proxy-cluster-cidr-invalid': { shape: 'invalid' } },
  },
  // Services, nodes
  {
    id: 'cluster-single-stack-services/family',
    rule: 'cluster-single-stack-services',
    component: 'kube-apiserver',
    text: 'not configured on this cluster',
    example: 'The Service "web" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
    template: 'spec.ipFamilies[{:int}]: Invalid value: "{family:word}": not configured on this cluster',
    source: 'kube-apiserver pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
  },
  {
    id: 'cluster-single-stack-services/require-dual',
    rule: 'cluster-single-stack-services',
    component: 'kube-apiserver',
    text: 'this cluster is not configured for dual-stack services',
    example: 'The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    template: 'this cluster is not configured for dual-stack services',
    source: 'kube-apiserver pkg/registry/core/service/storage/alloc.go initIPFamilyFields',
  },
  {
    id: 'cluster-duplicate-node/ready',
    rule: 'cluster-duplicate-node',
    component: 'kubeadm',
    text: 'a Node with name %q and status "Ready" already exists in the cluster',
    example: 'error execution phase kubelet-start: a Node with name "worker-1" and status "Ready" already exists in the cluster. You must delete the existing Node or change the name of this new joining Node',
    template: 'a Node with name "{node:name}" and status "Ready" already exists in the cluster',
    source: 'kubeadm cmd/kubeadm/app/cmd/phases/join/kubelet.go runKubeletStartJoinPhase',
    params: { 'cluster-duplicate-node': { kind: 'name' } },
  },
  // Flannel
  {
    id: 'flannel-network-invalid/cidr',
    rule: 'flannel-network-invalid',
    component: 'flannel',
    text: 'invalid CIDR address: %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: invalid CIDR address: 10.244.0.0/33',
    template: 'error parsing subnet config: invalid CIDR address: {value:any}',
    source: 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON and pkg/ip/ip6net.go IP6Net.UnmarshalJSON: Go net.ParseCIDR',
  },
  {
    id: 'flannel-network-not-ipv4/panic',
    rule: 'flannel-network-not-ipv4',
    alsoRules: ADDRESS_PANIC_RULES,
    component: 'flannel',
    text: 'Address is not an IPv4 address',
    example: 'panic: Address is not an IPv4 address',
    template: 'Address is not an IPv4 address',
    // FromIP still panics in v0.28.9; only the Network path (IP4Net.UnmarshalJSON) returns an error there.
    versionsByRule: { 'flannel-network-not-ipv4': { flannel: { to: '0.28.8' } }, 'flannel-ipv6-only-enable-ipv4': { flannel: { from: '0.17.0', to: '0.19.1' } } },
    source: 'flannel pkg/ip/ipnet.go FromIP: panic; from IP4Net.UnmarshalJSON until commit 823bd5eb (v0.28.9), from kube.go AcquireLease/nodeToLease on spec.podCIDR until PR #1672 (v0.20.2)',
    params: { 'flannel-network-not-ipv4': { outcome: 'panic' }, 'flannel-ipv6-first-podsubnet': { outcome: 'panic' }, 'flannel-ipv6-only-enable-ipv4': { outcome: 'panic' }, 'flannel-backend-no-ipv6': { outcome: 'panic' } },
  },
  {
    id: 'flannel-network-not-ipv4/format',
    rule: 'flannel-network-not-ipv4',
    component: 'flannel',
    text: 'invalid IPv4 CIDR format',
    example: 'Failed to create SubnetManager: error parsing subnet config: invalid IPv4 CIDR format',
    template: 'invalid IPv4 CIDR format',
    versions: { flannel: { from: '0.28.9' } },
    source: 'flannel pkg/ip/ipnet.go IP4Net.UnmarshalJSON (commit 823bd5eb, PR #2516, v0.28.9)',
    params: { 'flannel-network-not-ipv4': { outcome: 'error' } },
  },
  {
    id: 'flannel-no-stack/none',
    rule: 'flannel-no-stack',
    component: 'flannel',
    text: 'none defined stack',
    example: 'E0612 10:11:12.123456       1 main.go:283] none defined stack',
    template: 'none defined stack',
    source: 'flannel pkg/ipmatch/match.go GetIPFamily, logged by main.go',
  },
  {
    id: 'flannel-ipv6-network-missing/define',
    rule: 'flannel-ipv6-network-missing',
    component: 'flannel',
    text: 'Please define a correct IPv6Network parameter in the flannel config',
    example: 'Failed to create SubnetManager: error parsing subnet config: Please define a correct IPv6Network parameter in the flannel config',
    // v0.20.0 lower-cased it ("please"), but from then on only the etcd manager checks it.
    template: 'lease define a correct IPv6Network parameter in the flannel config',
    versions: { flannel: { from: '0.19.2', to: '0.19.2' } },
    source: 'flannel subnet/config.go ParseConfig (commit 861c9653, v0.19.2)',
    params: { 'flannel-ipv6-network-missing': { outcome: 'error' } },
  },
  {
    id: 'flannel-network-missing/define',
    rule: 'flannel-network-missing',
    alsoRules: ['flannel-ipv6-only-enable-ipv4'],
    component: 'flannel',
    text: 'Please define a correct Network parameter in the flannel config',
    example: 'Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config',
    template: 'lease define a correct Network parameter in the flannel config',
    versions: { flannel: { from: '0.19.2', to: '0.19.2' } },
    source: 'flannel subnet/config.go ParseConfig (commit 861c9653, v0.19.2)',
    params: { 'flannel-network-missing': { outcome: 'parse-error' }, 'flannel-ipv6-only-enable-ipv4': { outcome: 'parse-error' } },
  },
  {
    id: 'flannel-network-missing/no-ipv4-network',
    rule: 'flannel-network-missing',
    component: 'flannel',
    text: 'could not find an ipv4 network in the flannel configuration',
    example: 'Error registering network: failed to acquire lease: could not find an ipv4 network in the flannel configuration',
    template: 'could not find an ipv4 network in the flannel configuration',
    versions: { flannel: { from: '0.21.0', to: '0.24.4' } },
    source: 'flannel pkg/subnet/config.go GetFlannelNetwork (v0.21.0–v0.24.x; removed by commit cf1971b6, v0.25.0)',
    params: { 'flannel-network-missing': { outcome: 'no-ipv4-network' } },
  },
  {
    id: 'flannel-network-missing/not-contained',
    rule: 'flannel-network-missing',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "0.0.0.0/0" specified in the flannel net config doesn\'t contain "10.244.1.0/24" PodCIDR of the "worker-1" node',
    // An empty Network reads as 0.0.0.0/0; the literal says more than any CIDR.
    template: 'subnet "0.0.0.0/0" specified in the flannel net config doesn\'t contain "{podCidr:cidr4}" PodCIDR of the "{node:name}" node',
    versions: { flannel: { from: '0.28.0' } },
    source: `${FLANNEL_KUBE} containsCIDR (commit 80e1e42f, v0.28.0)`,
    params: { 'flannel-network-missing': { outcome: 'not-contained' } },
  },
  {
    id: 'flannel-network-contains-pod-cidr/ipv4',
    rule: 'flannel-network-contains-pod-cidr',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "10.85.1.0/24" PodCIDR of the "worker-1" node',
    template: 'subnet "{network:cidr}" specified in the flannel net config doesn\'t contain "{podCidr:cidr}" PodCIDR of the "{node:name}" node',
    versions: { flannel: { from: '0.18.0' } },
    source: `${FLANNEL_KUBE} containsCIDR (commit d8fea14a, v0.18.0)`,
    params: { 'flannel-network-contains-pod-cidr': { outcome: 'error', key: 'Network' } },
  },
  {
    id: 'flannel-network-contains-pod-cidr/ipv6',
    rule: 'flannel-network-contains-pod-cidr',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q IPv6 PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "fd00:10:244::/56" specified in the flannel net config doesn\'t contain "fd00:10:245:1::/64" IPv6 PodCIDR of the "worker-1" node',
    template: 'subnet "{network:cidr}" specified in the flannel net config doesn\'t contain "{podCidr:cidr}" IPv6 PodCIDR of the "{node:name}"',
    versions: { flannel: { from: '0.18.0' } },
    source: `${FLANNEL_KUBE} containsCIDR (commit d8fea14a, v0.18.0)`,
    params: { 'flannel-network-contains-pod-cidr': { outcome: 'error', key: 'IPv6Network' } },
  },
  {
    id: 'flannel-ipv6-first-podsubnet/informer-panic',
    rule: 'flannel-ipv6-first-podsubnet',
    alsoRules: ['flannel-ipv6-only-unsupported'],
    component: 'flannel',
    text: 'Observed a panic: Address is not an IPv4 address',
    example: 'E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address',
    template: 'Observed a panic: [["]]Address is not an IPv4 address',
    versions: { flannel: { from: '0.15.0', to: '0.20.1' } },
    source: 'flannel pkg/ip/ipnet.go FromIP panic from subnet/kube/kube.go nodeToLease (spec.podCIDR read as IPv4), logged by k8s.io/apimachinery pkg/util/runtime/runtime.go HandleCrash; fixed by PR #1672 in v0.20.2',
    params: { 'flannel-ipv6-first-podsubnet': { outcome: 'crashloop' } },
  },
  {
    id: 'flannel-ipv6-first-podsubnet/containment',
    rule: 'flannel-ipv6-first-podsubnet',
    component: 'flannel',
    text: 'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "fd00:10:244:1::/64" PodCIDR of the "worker-1" node.',
    // An IPv6 block checked against the IPv4 Network: spec.podCIDR is IPv6 because podSubnet lists IPv6 first.
    template: 'subnet "{network:cidr4}" specified in the flannel net config doesn\'t contain "{podCidr:cidr6}" PodCIDR of the "{node:name}" node',
    versions: { flannel: { from: '0.18.0', to: '0.20.1' } },
    source: `${FLANNEL_KUBE} containsCIDR on spec.podCIDR (commit d8fea14a, v0.18.0); fixed by PR #1672 in v0.20.2`,
    params: { 'flannel-ipv6-first-podsubnet': { outcome: 'crashloop' } },
  },
  {
    id: 'flannel-dual-stack-ipv4-only-netconf/not-in-config',
    rule: 'flannel-dual-stack-ipv4-only-netconf',
    component: 'flannel',
    text: 'subnet %q specified in the PodCIDR, but doesn\'t exist in the flannel net config of the %q node',
    example: 'Error registering network: failed to acquire lease: subnet "2001:db8:42::/64" specified in the PodCIDR, but doesn\'t exist in the flannel net config of the "worker-1" node',
    template: 'subnet "{podCidr:cidr}" specified in the PodCIDR, but doesn\'t exist in the flannel net config of the "{node:name}" node',
    versions: { flannel: { from: '0.18.1', to: '0.20.2' } },
    source: `${FLANNEL_KUBE} (PR #1572, v0.18.1; replaced in v0.21.0)`,
    params: { 'flannel-dual-stack-ipv4-only-netconf': { outcome: 'not-in-config' } },
  },
  {
    id: 'flannel-dual-stack-ipv4-only-netconf/no-ipv6-network',
    rule: 'flannel-dual-stack-ipv4-only-netconf',
    component: 'flannel',
    text: 'could not find an ipv6 network in the flannel configuration',
    example: 'Error registering network: failed to acquire lease: could not find an ipv6 network in the flannel configuration',
    template: 'could not find an ipv6 network in the flannel configuration',
    versions: { flannel: { from: '0.21.0', to: '0.24.4' } },
    source: 'flannel pkg/subnet/config.go GetFlannelIPv6Network (v0.21.0–v0.24.x; removed by commit cf1971b6, v0.25.0)',
    params: { 'flannel-dual-stack-ipv4-only-netconf': { outcome: 'no-ipv6-network' } },
  },
  {
    id: 'flannel-enable-ipv6-without-pod-cidr/vxlan',
    rule: 'flannel-enable-ipv6-without-pod-cidr',
    component: 'flannel',
    text: 'failed to configure interface %s: IPv6 is enabled but the lease has no IPv6',
    example: 'Error registering network: failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6',
    template: 'failed to configure interface {iface:name}: IPv6 is enabled but the lease has no IPv6',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/vxlan/vxlan.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-enable-ipv6-without-pod-cidr': { outcome: 'error' } },
  },
  {
    id: 'flannel-enable-ipv6-without-pod-cidr/wireguard',
    rule: 'flannel-enable-ipv6-without-pod-cidr',
    component: 'flannel',
    text: 'failed to configure wg interface: IPv6 is enabled but the lease has no IPv6',
    example: 'Error registering network: failed to configure wg interface: IPv6 is enabled but the lease has no IPv6',
    template: 'failed to configure wg interface: IPv6 is enabled but the lease has no IPv6',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/wireguard/wireguard.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-enable-ipv6-without-pod-cidr': { outcome: 'error' } },
  },
  {
    id: 'flannel-ipv6-only-enable-ipv4/vxlan',
    rule: 'flannel-ipv6-only-enable-ipv4',
    component: 'flannel',
    text: 'failed to configure interface %s: IPv4 is enabled but the lease has no IPv4',
    example: 'Error registering network: failed to configure interface flannel.1: IPv4 is enabled but the lease has no IPv4',
    template: 'failed to configure interface {iface:name}: IPv4 is enabled but the lease has no IPv4',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/vxlan/vxlan.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-ipv6-only-enable-ipv4': { outcome: 'interface' } },
  },
  {
    id: 'flannel-ipv6-only-enable-ipv4/wireguard',
    rule: 'flannel-ipv6-only-enable-ipv4',
    component: 'flannel',
    text: 'failed to configure wg interface: IPv4 is enabled but the lease has no IPv4',
    example: 'Error registering network: failed to configure wg interface: IPv4 is enabled but the lease has no IPv4',
    template: 'failed to configure wg interface: IPv4 is enabled but the lease has no IPv4',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel pkg/backend/wireguard/wireguard.go RegisterNetwork (PR #2078, v0.26.0)',
    params: { 'flannel-ipv6-only-enable-ipv4': { outcome: 'interface' } },
  },
  {
    id: 'flannel-ipv6-only-enable-ipv4/default-route',
    rule: 'flannel-ipv6-only-enable-ipv4',
    component: 'flannel',
    text: 'failed to get default interface: %w',
    example: 'Failed to find any valid interface to use: failed to get default interface: unable to find default route',
    template: 'failed to get default interface: unable to find default route',
    versions: { flannel: { from: '0.20.0' } },
    source: 'flannel pkg/ipmatch/match.go LookupExtIface; pkg/ip/iface.go GetDefaultGatewayInterface',
    params: { 'flannel-ipv6-only-enable-ipv4': { outcome: 'interface' } },
  },
  {
    id: 'flannel-dual-stack-default-routes/no-v6-route',
    rule: 'flannel-dual-stack-default-routes',
    component: 'flannel',
    text: 'failed to get default v6 interface: %w',
    example: 'Failed to find any valid interface to use: failed to get default v6 interface: unable to find default v6 route',
    template: 'failed to get default v6 interface: unable to find default v6 route',
    source: 'flannel pkg/ipmatch/match.go LookupExtIface; pkg/ip/iface.go GetDefaultV6GatewayInterface',
  },
  {
    id: 'flannel-dual-stack-default-routes/different-interfaces',
    rule: 'flannel-dual-stack-default-routes',
    component: 'flannel',
    text: 'v6 default route interface %s must be the same with v4 default route interface %s',
    example: 'Failed to find any valid interface to use: v6 default route interface eth1 must be the same with v4 default route interface eth0',
    template: 'v6 default route interface {v6:name} must be the same with v4 default route interface {v4:name}',
    source: 'flannel pkg/ipmatch/match.go LookupExtIface',
  },
  {
    id: 'flannel-backend-missing/udp-arch',
    rule: 'flannel-backend-missing',
    component: 'flannel',
    text: 'UDP backend is not supported on this architecture',
    example: 'Error registering network: UDP backend is not supported on this architecture',
    template: 'UDP backend is not supported on this architecture',
    source: 'flannel pkg/backend/udp/udp.go New (non-amd64 builds)',
  },
  {
    id: 'flannel-backend-unknown/unknown',
    rule: 'flannel-backend-unknown',
    component: 'flannel',
    text: 'unknown backend type: %v',
    example: 'Error fetching backend: unknown backend type: vxlan2',
    template: 'unknown backend type: {type:word}',
    source: 'flannel pkg/backend/manager.go GetBackend, logged by main.go',
  },
  {
    id: 'flannel-wireguard-mode/mode',
    rule: 'flannel-wireguard-mode',
    component: 'flannel',
    text: 'no valid Mode configured',
    example: 'Error registering network: no valid Mode configured',
    template: 'no valid Mode configured',
    versions: { flannel: { from: '0.18.0' } },
    source: 'flannel pkg/backend/wireguard/wireguard.go RegisterNetwork',
    params: { 'flannel-wireguard-mode': { outcome: 'error' } },
  },
  {
    id: 'flannel-ipsec-psk/short',
    rule: 'flannel-ipsec-psk',
    component: 'flannel',
    text: 'config error, password is too short',
    example: 'Error fetching backend: config error, password is too short',
    template: 'config error, password is too short',
    source: 'flannel pkg/backend/ipsec/ipsec.go New',
  },
  ...(
    [
      ['subnet-len', 'SubnetLen must be less than /31', 'SubnetLen must be less than /{:int}'],
      ['four-subnets', 'Network must be able to accommodate at least four subnets', 'Network must be able to accommodate at least four subnets'],
      ['too-small', 'Network is too small. Minimum useful network prefix is /28', 'Network is too small. Minimum useful network prefix is /28'],
      ['min-range', 'SubnetMin is not in the range of the Network', 'SubnetMin is not in the range of the Network'],
      ['max-range', 'SubnetMax is not in the range of the Network', 'SubnetMax is not in the range of the Network'],
      ['min-boundary', 'SubnetMin is not on a SubnetLen boundary: %v', 'SubnetMin is not on a SubnetLen boundary: {value:ip}'],
      ['max-boundary', 'SubnetMax is not on a SubnetLen boundary: %v', 'SubnetMax is not on a SubnetLen boundary: {value:ip}'],
      ['v6-too-small', 'IPv6Network is too small. Minimum useful network prefix is /124', 'IPv6Network is too small. Minimum useful network prefix is /124'],
      ['v6-min-range', 'IPv6SubnetMin is not in the range of the IPv6Network', 'IPv6SubnetMin is not in the range of the IPv6Network'],
      ['v6-max-range', 'IPv6SubnetMax is not in the range of the IPv6Network', 'IPv6SubnetMax is not in the range of the IPv6Network'],
      ['v6-min-boundary', 'IPv6SubnetMin is not on a SubnetLen boundary: %v', 'IPv6SubnetMin is not on a SubnetLen boundary: {value:ip}'],
      ['v6-max-boundary', 'IPv6SubnetMax is not on a SubnetLen boundary: %v', 'IPv6SubnetMax is not on a SubnetLen boundary: {value:ip}'],
    ] as const
  ).map(
    ([key, text, template]): UpstreamMessage => ({
      id: `flannel-subnet-options-invalid/${key}`,
      rule: 'flannel-subnet-options-invalid',
      component: 'flannel',
      text,
      example: `Failed to create SubnetManager: error parsing subnet config: ${text.replace('%v', key.includes('v6') ? 'fd00:10:244::1:0' : '10.244.1.128')}`,
      template,
      versions: { flannel: { to: '0.19.2' } },
      source: 'flannel subnet/config.go ParseConfig (v0.19.2 and earlier; moved to CheckNetworkConfig by commit f174fe93, v0.20.0)',
    }),
  ),
  {
    id: 'flannel-br-netfilter/check',
    rule: 'flannel-br-netfilter',
    component: 'flannel',
    text: 'Failed to check br_netfilter: %v',
    example: 'E0612 10:11:12.123456       1 main.go:292] Failed to check br_netfilter: stat /proc/sys/net/bridge/bridge-nf-call-iptables: no such file or directory',
    template: 'Failed to check br_netfilter: {:any}',
    versions: { flannel: { from: '0.26.0' } },
    source: 'flannel main.go (commit cbf640c6, v0.26.0)',
  },
  {
    id: 'flannel-json-invalid/syntax',
    rule: 'flannel-json-invalid',
    component: 'flannel',
    text: 'error parsing subnet config: %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: invalid character \'}\' looking for beginning of object key string',
    template: 'error parsing subnet config: invalid character {:any}',
    source: 'flannel pkg/subnet/kube/kube.go NewSubnetManager; pkg/subnet/config.go ParseConfig: Go encoding/json',
  },
  {
    id: 'flannel-json-invalid/end',
    rule: 'flannel-json-invalid',
    component: 'flannel',
    text: 'error parsing subnet config: %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: unexpected end of JSON input',
    template: 'error parsing subnet config: unexpected end of JSON input',
    source: 'flannel pkg/subnet/kube/kube.go NewSubnetManager; pkg/subnet/config.go ParseConfig: Go encoding/json',
  },
  {
    id: 'flannel-json-type/unmarshal',
    rule: 'flannel-json-type',
    component: 'flannel',
    text: 'json: cannot unmarshal %s into Go struct field Config.%s of type %s',
    example: 'Failed to create SubnetManager: error parsing subnet config: json: cannot unmarshal string into Go struct field Config.EnableIPv6 of type bool',
    template: 'json: cannot unmarshal {found:word} into Go struct field Config.{key:word} of type {goType:word}',
    source: 'flannel pkg/subnet/config.go ParseConfig: Go encoding/json',
  },
  {
    id: 'flannel-backend-not-object/decode',
    rule: 'flannel-backend-not-object',
    component: 'flannel',
    text: 'error decoding Backend property of config: %v',
    example: 'Failed to create SubnetManager: error parsing subnet config: error decoding Backend property of config: json: cannot unmarshal string into Go value of type struct { Type string }',
    template: 'error decoding Backend property of config: {:any}',
    source: 'flannel pkg/subnet/config.go parseBackendType',
  },
];

/** The messages of one rule (those it owns), in catalogue order. */
export function messagesOf(rule: string): UpstreamMessage[] {
  return UPSTREAM_MESSAGES.filter((m) => m.rule === rule);
}

/** The messages that name a rule among their `alsoRules`. */
export function alsoMessagesOf(rule: string): UpstreamMessage[] {
  return UPSTREAM_MESSAGES.filter((m) => m.alsoRules?.includes(rule as RuleId));
}
