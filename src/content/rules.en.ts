// English words for every rule, keyed by rule id. Each explanation says what reads the value and what happens;
// the source is appended from the rule itself.
import type { Params } from '../domain/rules/types';
import { KUBEADM_API_REMOVED_IN } from './kubeadm-api';

type Text = (p: Params) => string;
export interface RuleText {
  message: Text;
  /** Which component reads the value, and how. */
  reads: Text;
  /** What the user will see, with the upstream error text where one exists. */
  happens: Text;
  fix: Text;
}

const s = (p: Params, key: string): string => String(p[key] ?? '');
// A bindPort of another YAML type (parse/kubeadm.ts bindPortType).
// What a value of the wrong type is, before the value itself: "the number 1.33", "a list".
const VALUE_TYPE: Record<string, string> = { string: 'the string', boolean: 'the boolean', number: 'the number', list: 'a list', map: 'a map' };
const foundValue = (p: Params): string => `${VALUE_TYPE[s(p, 'found')] ?? 'a value of another type'}${s(p, 'value') ? ` ${s(p, 'value')}` : ''}`;

const removedIn = (p: Params): string => KUBEADM_API_REMOVED_IN[s(p, 'apiVersion')] ?? '';

const FLANNEL_IPV6_FIRST_OUTCOME: Record<string, string> = {
  panic: 'kube-flannel panics at start-up with "panic: Address is not an IPv4 address" and the pod crash-loops.',
  crashloop:
    'kube-flannel crash-loops: the first start logs \'subnet "<Network>" specified in the flannel net config doesn\'t contain "<IPv6 block>" PodCIDR\' and every restart logs "Observed a panic: Address is not an IPv4 address". Pod networking never comes up (flannel-io/flannel#1629).',
};

// What is wrong with one piece of a CIDR field or list (rules/fields.ts cidrPieceHint).
function cidrProblemEn(p: Params): string {
  switch (s(p, 'hint')) {
    case 'blank': return 'it holds only spaces';
    case 'leading-space': return 'it starts with a space, and kubeadm does not trim spaces';
    case 'trailing-space': return 'it ends with a space, and kubeadm does not trim spaces';
    case 'space': return 'it contains a space';
    case 'leading-comma': return 'it starts with a comma';
    case 'trailing-comma': return 'it ends with a comma';
    case 'empty-entry': return 'it has an empty entry between two commas';
    case 'no-prefix': return `"${s(p, 'piece')}" is an address without a /prefix`;
    case 'prefix-too-long': return `the prefix /${s(p, 'prefix')} is over ${s(p, 'bits')}`;
    case 'bad-prefix': return `the prefix "/${s(p, 'prefix')}" is not a number from 0 to ${s(p, 'bits')}`;
    default: return `"${s(p, 'address')}" is not an IP address`;
  }
}

function cidrFixEn(p: Params): string {
  const hint = s(p, 'hint');
  const example = s(p, 'family') === 'IPv6' ? 'fd00:10:244::/56' : '10.244.0.0/16';
  if (hint.endsWith('space')) return 'Remove the spaces.';
  if (hint.endsWith('comma') || hint === 'empty-entry')
    return s(p, 'family') ? 'Remove the comma: each field takes one CIDR.' : 'Write the CIDRs separated by a single comma, with no spaces, e.g. 10.244.0.0/16,fd00:10:244::/56.';
  if (hint === 'no-prefix') return `Add the prefix length, e.g. ${example}.`;
  if (hint.endsWith('prefix')) return `Use a prefix from 0 to ${s(p, 'bits')}.`;
  return `Write an address and a /prefix, e.g. ${example}.`;
}

const ADVERTISE_PROBLEM_EN: Record<string, string> = {
  list: ': it is a list',
  'leading-space': ': it starts with a space, and kubeadm does not trim spaces',
  'trailing-space': ': it ends with a space, and kubeadm does not trim spaces',
  cidr: ': it has a /prefix',
};

// What is wrong with a node address field (rules/fields.ts addressFieldProblem).
function addressProblemEn(p: Params): string {
  switch (s(p, 'hint')) {
    case 'list': return 'it holds a list; the field takes one address';
    case 'blank': return 'it holds only spaces';
    case 'leading-comma': return 'it starts with a comma';
    case 'trailing-comma': return 'it ends with a comma';
    case 'empty-entry': return 'it has an empty entry between two commas';
    case 'cidr': return `"${s(p, 'ignored')}" has a /prefix; a node address takes none`;
    default: return `"${s(p, 'ignored')}" is not an IP address`;
  }
}

const fieldNameEn = (p: Params): string =>
  s(p, 'what') === 'node' ? `The ${s(p, 'family')} address field of ${s(p, 'node')}` : `The ${s(p, 'family')} ${s(p, 'what') === 'pod' ? 'pod' : 'Service'} CIDR field`;

// Why a --iface value is no Linux interface name (rules/flannel.ts interfaceNameProblem).
const IFACE_PROBLEM_EN: Record<string, string> = {
  dot: '"." and ".." are not names',
  space: 'it holds white space',
  slash: 'it holds a "/"',
  colon: 'it holds a ":"',
  empty: 'it is empty',
};

export const ruleTextEn: Record<string, RuleText> = {
  'kubeadm-subnet-syntax': {
    message: (p) =>
      s(p, 'family')
        ? `${s(p, 'family')} ${s(p, 'setting') === 'podSubnet' ? 'pod' : 'Service'} CIDR "${s(p, 'entry')}" does not parse: ${cidrProblemEn(p)}`
        : `${s(p, 'setting')} "${s(p, 'value')}" does not parse: ${cidrProblemEn(p)}`,
    reads: (p) =>
      `${s(p, 'family') ? `The wizard joins the IPv4 and IPv6 fields into ${s(p, 'setting')} with ",". ` : ''}kubeadm splits ${s(p, 'setting')} on "," without trimming spaces and parses each piece as a CIDR.`,
    happens: () => '`kubeadm init` stops with "couldn\'t parse subnet" before deploying anything.',
    fix: (p) => cidrFixEn(p),
  },
  'kubeadm-subnet-count': {
    message: (p) => `${s(p, 'setting')} must hold one CIDR, or two of different families; it has ${s(p, 'count')}`,
    reads: (p) => `kubeadm checks that ${s(p, 'setting')} is one CIDR, or an IPv4 and an IPv6 CIDR for dual-stack.`,
    happens: () => '`kubeadm init` stops with "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking".',
    fix: () => 'Keep one IPv4 CIDR and/or one IPv6 CIDR.',
  },
  'kubeadm-service-subnet-too-small': {
    message: (p) => `Service CIDR ${s(p, 'cidr')} has ${s(p, 'size')} addresses; kubeadm needs at least ${s(p, 'minimum')}`,
    reads: () => 'kubeadm counts the addresses in each serviceSubnet CIDR.',
    happens: (p) => `\`kubeadm init\` stops with "subnet with ${s(p, 'size')} address(es) is too small, the minimum is ${s(p, 'minimum')}".`,
    fix: (p) => `Use a prefix of /${s(p, 'largestPrefix')} or shorter.`,
  },
  'kubeadm-service-subnet-too-large': {
    message: (p) => `Service CIDR ${s(p, 'cidr')} is too large: kubeadm allows at most 20 host bits (/${s(p, 'minPrefix')})`,
    reads: () => 'kubeadm limits each serviceSubnet CIDR to 20 host bits, because the Service IP allocator keeps a bitmap of it.',
    happens: (p) =>
      `\`kubeadm init\` stops with "specified service subnet is too large; for ${s(p, 'bits')}-bit addresses, the mask must be >= ${s(p, 'minPrefix')}". From Kubernetes 1.34 the API server no longer limits the size itself, but kubeadm still does.`,
    fix: (p) => `Use /${s(p, 'minPrefix')} or a longer prefix.`,
  },
  'kubeadm-pod-subnet-too-small': {
    message: (p) => `Pod CIDR ${s(p, 'cidr')} has ${s(p, 'size')} addresses; kubeadm needs at least ${s(p, 'minimum')}`,
    reads: () => 'kubeadm counts the addresses in each podSubnet CIDR.',
    happens: (p) => `\`kubeadm init\` stops with "subnet with ${s(p, 'size')} address(es) is too small, the minimum is ${s(p, 'minimum')}".`,
    fix: (p) => `Use a prefix of /${s(p, 'largestPrefix')} or shorter; a real cluster wants far more, e.g. /16 for IPv4.`,
  },
  'kubeadm-node-mask-not-integer': {
    message: (p) => `--${s(p, 'flag')} "${s(p, 'value')}" is not an integer`,
    reads: (p) => `kubeadm reads controllerManager extraArgs ${s(p, 'flag')} to check it against podSubnet.`,
    happens: (p) =>
      `\`kubeadm init\` stops with "could not parse the value of the kube-controller-manager flag ${s(p, 'flag')} as an integer: strconv.Atoi: parsing "${s(p, 'value')}": invalid syntax".`,
    fix: () => 'Use a plain number such as 24 (IPv4) or 64 (IPv6).',
  },
  'kubeadm-pod-subnet-smaller-than-node-mask': {
    message: (p) => `Pod CIDR ${s(p, 'cidr')} is smaller than one node's block (/${s(p, 'mask')})`,
    reads: (p) =>
      `kube-controller-manager cuts the pod CIDR into one block per node of size --${s(p, 'flag')} (default 24 for IPv4, 64 for IPv6); kubeadm checks that the pod CIDR can hold at least one block.`,
    happens: (p) =>
      `\`kubeadm init\` stops with "the size of pod subnet with mask ${s(p, 'prefix')} is smaller than the size of node subnet with mask ${s(p, 'mask')}". kubeadm does not pick an IPv6 node mask for you since 1.20 (kubernetes/kubernetes#95723).`,
    fix: (p) => `Set ${s(p, 'flag')} to at least ${s(p, 'prefix')} and at most ${Number(p.prefix) + 16}, or use a shorter pod prefix.`,
  },
  'kubeadm-node-mask-difference': {
    message: (p) => `Node mask /${s(p, 'mask')} is more than 16 bits longer than pod CIDR ${s(p, 'cidr')}`,
    reads: () => 'kube-controller-manager tracks node blocks in a bitmap of at most 2^16 entries; kubeadm refuses more.',
    happens: (p) => `\`kubeadm init\` stops with "pod subnet mask (${s(p, 'prefix')}) and node-mask (${s(p, 'mask')}) difference is greater than 16".`,
    fix: (p) => `Set ${s(p, 'flag')} to ${s(p, 'suggested')} or less, or widen the pod CIDR to /${s(p, 'suggestedPrefix')}.`,
  },
  'kubeadm-advertise-address-invalid': {
    message: (p) =>
      s(p, 'node')
        ? `The ${s(p, 'family')} address of ${s(p, 'node')} ${s(p, 'hint') === 'leading-space' ? 'starts' : 'ends'} with a space, and kubeadm reads it untrimmed as the advertise address`
        : `advertiseAddress "${s(p, 'value')}" is not a single IP address${ADVERTISE_PROBLEM_EN[s(p, 'hint')] ?? ''}`,
    reads: (p) =>
      `${s(p, 'node') ? `advertiseAddress is empty, so the wizard writes ${s(p, 'node')}'s ${s(p, 'family')} address there. ` : ''}kubeadm passes localAPIEndpoint.advertiseAddress to kube-apiserver --advertise-address, which takes exactly one IP, and does not trim it.`,
    happens: (p) =>
      `\`kubeadm init\` stops with "couldn't use "${s(p, 'value')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address".${
        s(p, 'hint') === 'list' ? ' The advertise address cannot be dual-stack.' : ''
      }`,
    fix: (p) => (s(p, 'node') || s(p, 'hint').endsWith('-space') ? 'Remove the spaces.' : 'Use the control-plane node\'s address in the family listed first in serviceSubnet.'),
  },
  'kubeadm-advertise-address-unusable': {
    message: (p) => `advertiseAddress ${s(p, 'value')} is a ${s(p, 'kind')} address`,
    reads: () => 'kubeadm checks that the API server can bind to and advertise the address.',
    happens: (p) => `\`kubeadm init\` stops with "cannot use "${s(p, 'value')}" as the bind address for the API Server".`,
    fix: () => 'Use a global unicast address of the control-plane node.',
  },
  'kubeadm-bind-port': {
    message: (p) =>
      s(p, 'hint') === 'type'
        ? `bindPort is ${foundValue(p)}; kubeadm wants a number`
        : s(p, 'hint') === 'not-number' ? 'The API server port (bindPort) is empty or not a number' : s(p, 'hint') === 'zero' ? 'The API server port (bindPort) is 0' : `bindPort ${s(p, 'value')} is not a port number`,
    reads: () => 'kubeadm uses localAPIEndpoint.bindPort as kube-apiserver --secure-port, and each join file reaches the API server at that port.',
    happens: (p) =>
      s(p, 'hint') === 'type'
        ? `kubeadm decodes the file into typed fields before any check, so \`kubeadm init\` stops with "json: cannot unmarshal ${s(p, 'goKind')} into Go struct field APIEndpoint.localAPIEndpoint.bindPort of type int32".`
        : s(p, 'hint') === 'invalid'
          ? '`kubeadm init` stops with "port number is not valid".'
          : 'kubeadm would turn a 0 or missing bindPort into 6443 unseen, but a join file\'s apiServerEndpoint is only split into host and port, so port 0 would reach `kubeadm join`. Until the field holds a port, the files leave bindPort out and write apiServerEndpoint without a port, which `kubeadm join` refuses with "missing port in address".',
    fix: (p) => (s(p, 'hint') === 'type' ? `Write bindPort as a number, without quotes: \`bindPort: ${s(p, 'port') || '6443'}\`.` : 'Use a port from 1 to 65535; 6443 is the default.'),
  },
  'kubeadm-dns-domain': {
    message: (p) => `dnsDomain "${s(p, 'value')}" is not a lowercase RFC 1123 domain`,
    reads: () => 'kubeadm validates networking.dnsDomain and copies it to the kubelet clusterDomain and CoreDNS.',
    happens: () =>
      '`kubeadm init` stops with "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character".',
    fix: (p) => (s(p, 'lower') && s(p, 'lower') !== s(p, 'value') ? `Use "${s(p, 'lower')}".` : 'Use a domain such as cluster.local.'),
  },
  'kubeadm-control-plane-endpoint-invalid': {
    message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" is not a valid host or host:port`,
    reads: () => 'kubeadm splits controlPlaneEndpoint into host and port; the host must be an IP or a DNS name.',
    happens: (p) =>
      `\`kubeadm init\` stops with "endpoint is not valid".${s(p, 'hint') === 'bracket-without-port' ? ' Brackets are only valid together with a port.' : ''}`,
    fix: (p) => (s(p, 'suggestion') ? `Write "${s(p, 'suggestion')}", or the address without brackets.` : 'Use a DNS name, an IP, or [IPv6]:port.'),
  },
  'kubeadm-control-plane-endpoint-ipv6-port': {
    message: (p) => `controlPlaneEndpoint "${s(p, 'value')}" is read as one IPv6 address, not address and port ${s(p, 'port')}`,
    reads: () => 'kubeadm tries to split host and port; when that fails it takes the whole string as the host.',
    happens: (p) =>
      `kubeadm accepts it, but the endpoint is the IPv6 address "${s(p, 'value')}" on the default port, so nodes try to reach the wrong address and certificates carry the wrong SAN.`,
    fix: (p) => `Bracket the address: ${s(p, 'intended')}.`,
  },
  'kubeadm-join-endpoint': {
    message: (p) => `JoinConfiguration apiServerEndpoint "${s(p, 'value')}" for ${s(p, 'node')} needs host:port`,
    reads: () => 'kubeadm join splits discovery.bootstrapToken.apiServerEndpoint with net.SplitHostPort.',
    happens: (p) => `\`kubeadm join\` stops with "address ${s(p, 'value')}: ${s(p, 'error')} in address".`,
    fix: () => 'Write host:port, with IPv6 addresses in brackets: [fd00::1]:6443.',
  },
  'kubeadm-node-name': {
    message: (p) => (s(p, 'value') === '' ? 'A node has no name' : `Node name "${s(p, 'value')}" is not a lowercase RFC 1123 name`),
    reads: () => 'kubeadm validates nodeRegistration.name, which becomes the Node object\'s name.',
    happens: (p) =>
      s(p, 'value') === ''
        ? '`kubeadm init` or `join` uses the host name, or stops with "--node-name or .nodeRegistration.name in the config file is a required value" when it cannot detect one.'
        : `\`kubeadm init\` or \`join\` stops with 'nodeRegistration.name: Invalid value: "${s(p, 'value')}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.''.`,
    fix: (p) => (s(p, 'lower') ? `Use "${s(p, 'lower')}".` : 'Use lowercase letters, digits, "-" and ".".'),
  },
  'kubeadm-api-version': {
    message: (p) =>
      ({
        removed: `${s(p, 'apiVersion')} is no longer accepted by kubeadm ${s(p, 'kubernetes')}`,
        deprecated: `${s(p, 'apiVersion')} is deprecated in kubeadm ${s(p, 'kubernetes')}`,
        experimental: `${s(p, 'apiVersion')} is experimental in kubeadm ${s(p, 'kubernetes')} and refused by init and join`,
        unknown: `${s(p, 'apiVersion')} is not known to kubeadm ${s(p, 'kubernetes')}`,
      })[s(p, 'status')] ?? '',
    reads: () => 'kubeadm checks the apiVersion of every document before decoding it.',
    happens: (p) =>
      ({
        removed: `\`kubeadm init\` stops with "your configuration file uses an old API spec: "${s(p, 'apiVersion')}"".${removedIn(p) ? ` kubeadm refuses it from ${removedIn(p)} on.` : ''}`,
        deprecated: `kubeadm warns "your configuration file uses a deprecated API spec" and still works${
          removedIn(p) ? `; kubeadm ${removedIn(p)} and later refuse it, and the kubeadm binary may be one minor newer than the cluster` : '; the next releases drop it'
        }.`,
        experimental: `\`kubeadm init\` stops with "experimental API spec: "${s(p, 'apiVersion')}" is not allowed". v1beta4 is accepted from 1.31.`,
        unknown: '`kubeadm init` cannot decode the document.',
      })[s(p, 'status')] ?? '',
    fix: (p) => `Use ${s(p, 'preferred')} (\`kubeadm config migrate\` converts old files).`,
  },
  'kubernetes-version-unknown': {
    message: (p) =>
      s(p, 'reason') === 'unparsable'
        ? `Kubernetes version "${s(p, 'value')}" does not parse; rules use ${s(p, 'assumed')}, the newest known`
        : `Kubernetes ${s(p, 'value')} is outside what this tool knows (1.23 to 1.37); rules use ${s(p, 'assumed')}`,
    reads: () =>
      `The kubeadm, kube-apiserver and kubelet rules change with the Kubernetes minor; their facts cover 1.23 (dual-stack GA) to 1.37.`,
    happens: (p) =>
      s(p, 'reason') === 'unparsable'
        ? `Every rule is checked as for Kubernetes ${s(p, 'assumed')}; if your cluster runs another version, the checks may not match it.`
        : `Each rule applies its known version boundaries to ${s(p, 'assumed')}; changes before 1.23 or after 1.37 are not known here, so the checks may not match your cluster.`,
    fix: () => `Pick a Kubernetes version from 1.23 to 1.37.`,
  },
  'kubeadm-preflight-ipv4-forward': {
    message: (p) => `kubeadm ${s(p, 'kubernetes')} checks IPv4 forwarding even on an IPv6-only cluster`,
    reads: () => 'kubeadm preflight before 1.27 checks /proc/sys/net/ipv4/ip_forward on every Linux node, whatever the families in use; 1.27 made the forwarding checks follow the families (kubernetes/kubeadm#2806).',
    happens: () =>
      'Unless net.ipv4.ip_forward is 1, `kubeadm init` and `join` stop in preflight with "[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1".',
    fix: () =>
      'Also set net.ipv4.ip_forward = 1 on every node (in /etc/sysctl.d/k8s.conf, then `sysctl --system`), or use Kubernetes 1.27 or later.',
  },
  'kubeadm-site-local-subnet': {
    message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} is in the deprecated site-local range fec0::/10`,
    reads: () => 'kubeadm checks each subnet against fec0::/10.',
    happens: () => 'kubeadm logs a warning and continues; site-local addresses are deprecated (RFC 3879) and may be treated as global by hosts.',
    fix: () => 'Use a unique local range (fd00::/8, see the ULA button) instead.',
  },
  'kubeadm-pod-subnet-missing': {
    message: () => 'No podSubnet: nodes get no podCIDR, which Flannel needs',
    reads: () => 'kubeadm turns on --allocate-node-cidrs for kube-controller-manager only when networking.podSubnet is set; Flannel in kube-subnet-mgr mode reads each node\'s spec.podCIDR.',
    happens: () => 'kube-flannel fails on every node with "node <name> pod cidr not assigned" and no pod gets a network.',
    fix: () => 'Set networking.podSubnet (kubeadm init --pod-network-cidr) to Flannel\'s Network, e.g. 10.244.0.0/16.',
  },
  'kubeadm-extra-args-shape': {
    message: (p) => `${s(p, 'field')} is a ${s(p, 'found')} but ${s(p, 'apiVersion')} wants a ${s(p, 'expected')}`,
    reads: () => 'kubeadm decodes extraArgs and kubeletExtraArgs into the types of the document\'s apiVersion: a map in v1beta3, a list of {name, value} in v1beta4.',
    happens: () => '`kubeadm init` stops with a decode error (cannot unmarshal …) before anything is deployed.',
    fix: (p) => (s(p, 'expected') === 'list' ? 'Write each argument as "- name: <flag>\\n  value: "<value>"".' : 'Write the arguments as a map: "<flag>: "<value>"".'),
  },
  'kubeadm-yaml-invalid': {
    message: (p) => `Not valid YAML: ${s(p, 'error')}`,
    reads: () => 'kubeadm reads the --config file as YAML documents separated by "---".',
    happens: () => '`kubeadm init` stops while reading the file.',
    fix: () => 'Fix the YAML syntax at the line shown (indentation, a missing colon, tabs).',
  },
  'kubeadm-field-type': {
    message: (p) => (s(p, 'found') ? `${s(p, 'field')} is ${foundValue(p)}; kubeadm wants ${s(p, 'expected')}` : `${s(p, 'field')} should be ${s(p, 'expected')}`),
    reads: () => 'kubeadm decodes each document into typed Go structs.',
    happens: (p) =>
      s(p, 'goKind')
        ? `\`kubeadm init\` stops with a decode error: "json: cannot unmarshal ${s(p, 'goKind')} into Go struct field … of type string".`
        : '`kubeadm init` stops with a decode error.',
    fix: (p) => `Write ${s(p, 'field')} as ${s(p, 'expected')}.`,
  },
  'apiserver-advertise-family': {
    message: (p) =>
      s(p, 'mode') === 'auto'
        ? `serviceSubnet lists ${s(p, 'family')} first, but no advertiseAddress is set and kubeadm will detect an IPv4 one`
        : `advertiseAddress ${s(p, 'address')} is not ${s(p, 'family')}, the family of the first serviceSubnet entry ${s(p, 'serviceCidr')}`,
    reads: (p) =>
      s(p, 'outcome') === 'unchecked'
        ? `kube-apiserver ${s(p, 'kubernetes')} does not compare --advertise-address with the first --service-cluster-ip-range entry (that check came in 1.24): the "kubernetes" Service gets a ClusterIP of that entry's family and the advertise address as its endpoint. Without an advertiseAddress, kubeadm picks the default-route interface and prefers IPv4.`
        : 'kube-apiserver requires --advertise-address to be in the family of the first --service-cluster-ip-range entry, because the "kubernetes" Service (in that family) points at it. Without an advertiseAddress, kubeadm picks the default-route interface and prefers IPv4.',
    happens: (p) =>
      s(p, 'outcome') === 'unchecked'
        ? `kube-apiserver starts, but the "kubernetes" Service then has a ${s(p, 'family')} ClusterIP and an endpoint of the other family, so pods that reach the API server through kubernetes.default.svc will likely fail to connect (reported as "connection refused" in kubernetes-sigs/kind#2484; kubernetes/kubernetes#111671).`
        : `kube-apiserver refuses to start with "service IP family "${s(p, 'serviceCidr')}" must match public address family "<advertise address>"", so \`kubeadm init\` times out waiting for the control plane (kubernetes/kubernetes#111671, kubernetes/kubeadm#2754).`,
    fix: (p) => `Set localAPIEndpoint.advertiseAddress to the control-plane node's ${s(p, 'family')} address, or list the other family first in serviceSubnet.`,
  },
  'controller-manager-legacy-mask-dual-stack': {
    message: () => '--node-cidr-mask-size cannot be used on a dual-stack cluster',
    reads: () => 'kube-controller-manager reads the node mask flags when it sets up node IPAM.',
    happens: () => 'kube-controller-manager exits with "usage of --node-cidr-mask-size is not allowed with dual-stack clusters"; no node gets a podCIDR.',
    fix: () => 'Replace it with node-cidr-mask-size-ipv4 and node-cidr-mask-size-ipv6.',
  },
  'controller-manager-legacy-and-family-mask': {
    message: (p) => `--node-cidr-mask-size is set together with ${s(p, 'flags')}`,
    reads: () => 'kube-controller-manager reads the node mask flags when it sets up node IPAM.',
    happens: () =>
      'kube-controller-manager exits with "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set"; no node gets a podCIDR.',
    fix: () => 'Keep only the per-family flag.',
  },
  'controller-manager-mask-wrong-family': {
    message: (p) => `--${s(p, 'flag')} is set on a single-stack ${s(p, 'family')} cluster`,
    reads: () => 'kube-controller-manager maps each mask flag to the cluster CIDR of its family.',
    happens: (p) => `kube-controller-manager exits with "usage of --${s(p, 'flag')} is not allowed for a single-stack ${s(p, 'family')} cluster".`,
    fix: (p) => `Remove --${s(p, 'flag')}.`,
  },
  'controller-manager-node-capacity': {
    message: (p) => `${s(p, 'cidr')} with /${s(p, 'mask')} node blocks has room for ${s(p, 'usable')} node(s); the plan has ${s(p, 'nodes')}`,
    reads: (p) =>
      `kube-controller-manager gives every node one /${s(p, 'mask')} block of the pod CIDR: 2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} blocks, less any block that overlaps a Service CIDR.`,
    happens: () =>
      'Nodes beyond that get no podCIDR: the event "CIDRNotAvailable" and "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range"; Flannel on those nodes fails and their pods get no network.',
    fix: (p) => `Raise ${s(p, 'flag')} (smaller blocks, more nodes) or widen the pod CIDR.`,
  },
  'controller-manager-one-node-block': {
    message: (p) => `${s(p, 'cidr')} with /${s(p, 'mask')} node blocks has room for one node only`,
    reads: (p) =>
      `kube-controller-manager gives every node one /${s(p, 'mask')} block of the pod CIDR: 2^(${s(p, 'mask')}−${s(p, 'prefix')}) = ${s(p, 'blocks')} block(s), less any block that overlaps a Service CIDR. The first node takes the only one.`,
    happens: () =>
      'The second node to register gets no podCIDR: the event "CIDRNotAvailable" and "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range". Flannel on that node fails with "failed to acquire lease" and its pods get no network (flannel-io/flannel#1688, kubernetes/kubernetes#112367).',
    fix: (p) => `Raise ${s(p, 'flag')} (smaller blocks, more nodes) or widen the pod CIDR.`,
  },
  'controller-manager-pods-per-node': {
    message: (p) => `/${s(p, 'mask')} node blocks hold ${s(p, 'addresses')} ${s(p, 'family')} pod addresses, fewer than kubelet's maxPods ${s(p, 'maxPods')}`,
    reads: () => 'Flannel\'s CNI plugin assigns pod addresses from the node\'s block; kubelet schedules up to maxPods pods per node.',
    happens: () => 'Once the block is used up, new pods on that node stay in ContainerCreating with "failed to allocate for range" errors.',
    fix: () => 'Lower the node mask (bigger blocks) or lower maxPods in KubeletConfiguration.',
  },
  'kubelet-node-ip-count': {
    message: (p) => `node-ip "${s(p, 'value')}" on ${s(p, 'node')} must be one IP or one IPv4 plus one IPv6`,
    reads: () => 'kubelet parses --node-ip (nodeRegistration.kubeletExtraArgs) at start-up.',
    happens: (p) =>
      `kubelet exits with 'bad --node-ip "${s(p, 'value')}"${s(p, 'parser') === 'legacy' ? ';' : ':'} must contain either a single IP or a dual-stack pair of IPs' and the node never joins.`,
    fix: () => 'Give one address per family, primary family first.',
  },
  'kubelet-node-ip-unspecified-pair': {
    message: (p) => `node-ip "${s(p, 'value')}" on ${s(p, 'node')} pairs a real address with 0.0.0.0 or ::`,
    reads: () => 'kubelet parses --node-ip at start-up.',
    happens: (p) =>
      s(p, 'parser') === 'legacy'
        ? `kubelet exits with 'dual-stack --node-ip "${s(p, 'value')}" cannot include '0.0.0.0' or '::''.`
        : `kubelet exits with 'bad --node-ip "${s(p, 'value')}": dual-stack node IP cannot include '0.0.0.0' or '::''.`,
    fix: () => 'Give both real addresses, or a single one.',
  },
  'kubelet-node-ip-unparsable': {
    message: (p) =>
      s(p, 'family')
        ? `The ${s(p, 'family')} address of ${s(p, 'node')} does not parse: ${addressProblemEn(p)}`
        : `node-ip on ${s(p, 'node')} has entries kubelet will ignore: ${s(p, 'ignored')}`,
    reads: (p) => `${s(p, 'family') ? 'The wizard joins the node\'s IPv4 and IPv6 fields into --node-ip with ",". ' : ''}kubelet splits --node-ip on "," and drops what does not parse.`,
    happens: (p) =>
      `kubelet logs "${s(p, 'parser') === 'legacy' ? 'Could not parse --node-ip ignoring' : 'Could not parse some node IP(s), ignoring them'}" and runs with the rest, so the node may end up single-stack.${
        s(p, 'family') ? ` The node would lack the ${s(p, 'family')} address this plan gives it.` : ''
      }${
        s(p, 'advertise') === 'yes'
          ? ` This address is also the advertise address, so \`kubeadm init\` stops first with "couldn't use "${s(p, 'entry')}" as "apiserver-advertise-address", must be ipv4 or ipv6 address".`
          : ''
      }`,
    fix: (p) => (s(p, 'family') ? `Write one ${s(p, 'family')} address, e.g. ${s(p, 'family') === 'IPv4' ? '192.168.10.21' : 'fd00:192:168:10::21'}.` : 'Correct or remove the entries.'),
  },
  'kubelet-node-ip-cloud-dual-stack': {
    message: (p) => `A dual-stack node-ip on ${s(p, 'node')} with --cloud-provider=external fails on Kubernetes ${s(p, 'kubernetes')}`,
    reads: (p) =>
      s(p, 'parser') === 'legacy'
        ? `kubelet ${s(p, 'kubernetes')} refuses a dual-stack --node-ip whenever --cloud-provider is set; the CloudDualStackNodeIPs gate for external providers came in 1.27 (on from 1.29, GA in 1.30).`
        : 'kubelet accepts a dual-stack --node-ip with an external cloud provider only when CloudDualStackNodeIPs is on (beta and on from 1.29, GA in 1.30).',
    happens: (p) =>
      s(p, 'parser') === 'legacy'
        ? `kubelet exits with 'dual-stack --node-ip "${s(p, 'value')}" not supported when using a cloud provider' and the node never joins.`
        : `kubelet exits with 'bad --node-ip "${s(p, 'value')}": dual-stack not supported in this configuration' (kubernetes/cloud-provider-openstack#2322).`,
    fix: (p) =>
      s(p, 'parser') === 'legacy'
        ? 'Use Kubernetes 1.29 or later, or give each node a single node-ip on this version.'
        : 'Use Kubernetes 1.29 or later, or enable the CloudDualStackNodeIPs feature gate on kubelet and the cloud controller manager.',
  },
  'kubelet-node-ip-missing-family': {
    message: (p) => `${s(p, 'node')} has no ${s(p, 'missing')} node-ip on a dual-stack cluster`,
    reads: () => 'kubelet reports the node\'s InternalIP addresses from --node-ip; without a cloud provider it does not detect a second family by itself.',
    happens: (p) => `The node is listed with ${s(p, 'missing') === 'IPv4' ? 'IPv6' : 'IPv4'} only, so hostNetwork pods (Flannel itself, kube-proxy) get no ${s(p, 'missing')} pod IP and ${s(p, 'missing')} traffic to the node's address is not routed by Kubernetes.`,
    fix: (p) => `Add the node's ${s(p, 'missing')} address.`,
  },
  'kubelet-node-ip-unusable': {
    message: (p) => `node-ip ${s(p, 'address')} on ${s(p, 'node')} is a ${s(p, 'kind')} address`,
    reads: () => 'kubelet checks that each node IP is usable and present on a local interface.',
    happens: () => 'kubelet cannot validate the node IP ("failed to validate nodeIP"), so the node status update fails and the node stays NotReady or has no address.',
    fix: () => 'Use an address of the node\'s main interface.',
  },
  'kube-proxy-cluster-cidr-invalid': {
    message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" is not valid`,
    reads: () => 'kube-proxy validates clusterCIDR when it starts; kubeadm does not check component configs.',
    happens: (p) =>
      `The kube-proxy DaemonSet crash-loops with "${
        { 'too-many': 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', 'not-dual': 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)', invalid: 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)' }[s(p, 'shape')] ?? ''
      }".`,
    fix: () => 'Remove clusterCIDR so kubeadm fills in podSubnet, or copy podSubnet exactly.',
  },
  'kube-proxy-cluster-cidr-mismatch': {
    message: (p) => `KubeProxyConfiguration clusterCIDR "${s(p, 'value')}" differs from podSubnet "${s(p, 'podSubnet')}"`,
    reads: () => 'kube-proxy uses clusterCIDR to tell pod traffic from outside traffic when it masquerades.',
    happens: () => 'kubeadm only warns; traffic from pods outside clusterCIDR is treated as external, which can break Service access or source IPs.',
    fix: () => 'Remove clusterCIDR so kubeadm fills in podSubnet.',
  },
  'flannel-version-unknown': {
    message: (p) => `Flannel version "${s(p, 'value')}" is outside what this tool knows; rules use v${s(p, 'assumed')}`,
    reads: () => 'The Flannel rules change with the version: v0.15.0 is the first dual-stack release and v0.28.9 the newest one known here.',
    happens: () => 'The checks may not match what your Flannel does.',
    fix: () => 'Pick a version from v0.15.0 to v0.28.9.',
  },
  'flannel-network-invalid': {
    message: (p) => `net-conf.json ${s(p, 'key')} "${s(p, 'value')}" is not a CIDR`,
    reads: () => 'Flannel parses Network and IPv6Network with Go\'s net.ParseCIDR when it reads net-conf.json.',
    happens: (p) => `kube-flannel exits with 'error parsing subnet config: invalid CIDR address: ${s(p, 'value')}'.`,
    fix: () => 'Use the pod CIDR of that family, e.g. 10.244.0.0/16.',
  },
  'flannel-network-not-ipv4': {
    message: (p) => `net-conf.json Network is the IPv6 CIDR ${s(p, 'value')}`,
    reads: () => 'Flannel reads Network as an IPv4 CIDR only; IPv6 goes in IPv6Network.',
    happens: (p) =>
      s(p, 'outcome') === 'panic'
        ? `Flannel v${s(p, 'version')} panics with "Address is not an IPv4 address" while reading the file and crash-loops.`
        : `Flannel v${s(p, 'version')} exits with "error parsing subnet config: invalid IPv4 CIDR format".`,
    fix: () => 'Move the IPv6 CIDR to IPv6Network with "EnableIPv6": true; put the IPv4 pod CIDR in Network, or set "EnableIPv4": false for IPv6-only.',
  },
  'flannel-no-stack': {
    message: () => 'net-conf.json turns off both EnableIPv4 and EnableIPv6',
    reads: () => 'Flannel decides its IP stack from EnableIPv4 (default true) and EnableIPv6.',
    happens: () => 'kube-flannel logs "none defined stack" and exits.',
    fix: () => 'Enable at least one family.',
  },
  'flannel-ipv6-network-missing': {
    message: () => 'net-conf.json sets EnableIPv6 but no IPv6Network',
    reads: () => 'Flannel takes the IPv6 pod network from IPv6Network when EnableIPv6 is true.',
    happens: (p) =>
      ({
        panic: `Flannel v${s(p, 'version')} crashes with a nil-pointer panic ("invalid memory address or nil pointer dereference").`,
        error: `Flannel v${s(p, 'version')} exits with "error parsing subnet config: Please define a correct IPv6Network parameter in the flannel config".`,
        unchecked: `Flannel v${s(p, 'version')} does not check it in kube-subnet-mgr mode, but its documentation requires it for dual-stack, and IPv6 masquerading and routes are built from IPv6Network.`,
      })[s(p, 'outcome')] ?? '',
    fix: () => 'Set IPv6Network to the IPv6 pod CIDR.',
  },
  'flannel-network-missing': {
    message: () => 'net-conf.json has no Network although IPv4 is enabled',
    reads: () => 'Flannel checks that Network contains each node\'s IPv4 podCIDR; EnableIPv4 is true unless set to false.',
    happens: (p) =>
      ({
        accepted: `Flannel v${s(p, 'version')} accepts it as 0.0.0.0/0, so masquerading treats every IPv4 destination as pod traffic.`,
        'parse-error': `Flannel v${s(p, 'version')} exits with "error parsing subnet config: Please define a correct Network parameter in the flannel config".`,
        'no-ipv4-network': `Flannel v${s(p, 'version')} fails with "could not find an ipv4 network in the flannel configuration".`,
        'not-contained': `Flannel v${s(p, 'version')} fails with 'subnet "0.0.0.0/0" specified in the flannel net config doesn't contain "<podCIDR>" PodCIDR of the "<node>" node'.`,
      })[s(p, 'outcome')] ?? '',
    fix: (p) => (s(p, 'pod') ? `Set "Network": "${s(p, 'pod')}".` : 'Set Network to the IPv4 pod CIDR, or "EnableIPv4": false for IPv6-only.'),
  },
  'flannel-network-contains-pod-cidr': {
    message: (p) => `Flannel ${s(p, 'key')} ${s(p, 'network')} does not contain the pod CIDR ${s(p, 'pod')}`,
    reads: (p) => `Flannel checks that ${s(p, 'key')} contains the podCIDR that kube-controller-manager gave each node out of kubeadm's podSubnet.`,
    happens: (p) =>
      s(p, 'outcome') === 'error'
        ? `kube-flannel exits with 'subnet "${s(p, 'network')}" specified in the flannel net config doesn't contain "<node podCIDR>" PodCIDR of the "<node>" node'.`
        : `Flannel v${s(p, 'version')} does not check it, but masquerading and routes are built from ${s(p, 'key')}, so pod traffic outside it is mishandled.`,
    fix: (p) => `Set ${s(p, 'key')} to ${s(p, 'pod')} (or a range that contains it).`,
  },
  'flannel-ipv6-first-podsubnet': {
    message: (p) =>
      s(p, 'source') === 'nodes'
        ? `IPv6 is first in the podCIDRs of ${s(p, 'nodes')} ("${s(p, 'podSubnet')}"): Flannel v${s(p, 'version')} crashes with "Address is not an IPv4 address"`
        : `IPv6 is first in podSubnet "${s(p, 'podSubnet')}": Flannel v${s(p, 'version')} crashes with "Address is not an IPv4 address"`,
    reads: (p) =>
      s(p, 'source') === 'nodes'
        ? 'kube-controller-manager set node.spec.podCIDR to the first block, the IPv6 one, when it gave the node its podCIDRs, and it never changes them. Flannel before v0.20.2 reads spec.podCIDR as the node\'s IPv4 subnet.'
        : 'kube-controller-manager sets node.spec.podCIDR to the block from the first podSubnet entry, so it is the IPv6 block. Flannel before v0.20.2 reads spec.podCIDR as the node\'s IPv4 subnet.',
    happens: (p) => `${FLANNEL_IPV6_FIRST_OUTCOME[s(p, 'outcome')] ?? ''} Fixed in Flannel v0.20.2 (PR #1672), which picks the podCIDRs by family.`,
    fix: (p) =>
      s(p, 'source') === 'nodes'
        ? 'Use Flannel v0.20.2 or later. Reordering podSubnet now would not help: the nodes keep the podCIDRs they were given.'
        : `Use Flannel v0.20.2 or later; or keep IPv4 first in podSubnet ("${s(p, 'ipv4First')}") while serviceSubnet and node-ip can stay IPv6-first.`,
  },
  'flannel-ipv6-only-unsupported': {
    message: (p) => `Flannel v${s(p, 'version')} cannot run an IPv6-only cluster`,
    reads: () => 'Flannel before v0.17.0 always reads node.spec.podCIDR as an IPv4 subnet, whatever EnableIPv4 says; an IPv6-only cluster (an IPv6 podSubnet alone, or a net-conf.json with "EnableIPv4": false) gives it an IPv6 one.',
    happens: () => 'kube-flannel panics with "Address is not an IPv4 address" on every node.',
    fix: () => 'Use Flannel v0.17.0 or later (IPv6-only support, PR #1539); the newest is best.',
  },
  'flannel-ipv6-only-enable-ipv4': {
    message: () => 'IPv6-only cluster, but net-conf.json does not set "EnableIPv4": false',
    reads: () => 'Flannel enables IPv4 unless EnableIPv4 is explicitly false, and then looks for an IPv4 network, route and lease.',
    happens: (p) =>
      ({
        panic: `Flannel v${s(p, 'version')} reads the node's IPv6 podCIDR as IPv4 and panics with "Address is not an IPv4 address".`,
        'parse-error': `Flannel v${s(p, 'version')} exits with "Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config" (siderolabs/talos#6427).`,
        interface: `Flannel v${s(p, 'version')} fails on an IPv6-only host: "failed to get default interface: unable to find default route", or from v0.26.0 "IPv4 is enabled but the lease has no IPv4".`,
      })[s(p, 'outcome')] ?? '',
    fix: () => 'Add "EnableIPv4": false and remove Network.',
  },
  'flannel-dual-stack-ipv4-only-netconf': {
    message: (p) => `kubeadm gives nodes an IPv6 podCIDR (${s(p, 'pod')}) but net-conf.json does not enable IPv6`,
    reads: () => 'Flannel programs IPv6 only with "EnableIPv6": true and IPv6Network; the stock kube-flannel.yml has neither. What it does with a node\'s IPv6 podCIDR depends on the version.',
    happens: (p) =>
      ({
        ignored: `Flannel v${s(p, 'version')} runs but silently ignores the IPv6 podCIDR: pods get no IPv6 address, so the cluster is dual-stack on paper only.`,
        panic: `Flannel v${s(p, 'version')} crashes with a nil-pointer panic (flannel PR #1572, issue #2225).`,
        'not-in-config': `Flannel v${s(p, 'version')} fails with 'failed to acquire lease: subnet "<IPv6 podCIDR>" specified in the PodCIDR, but doesn't exist in the flannel net config of the "<node>" node' (kubernetes/kubernetes#112167).`,
        'no-ipv6-network': `Flannel v${s(p, 'version')} fails with "could not find an ipv6 network in the flannel configuration".`,
        'not-enabled': `IPv6Network is set but EnableIPv6 is not true, so Flannel writes no FLANNEL_IPV6_SUBNET and pods get no IPv6 address.`,
      })[s(p, 'outcome')] ?? '',
    fix: (p) => `Add "EnableIPv6": true and "IPv6Network": "${s(p, 'pod')}".`,
  },
  'flannel-enable-ipv6-without-pod-cidr': {
    message: () => 'net-conf.json enables IPv6, but podSubnet has no IPv6 CIDR',
    reads: () => 'Flannel with EnableIPv6 expects an IPv6 podCIDR on every node, which kube-controller-manager assigns only when podSubnet has an IPv6 CIDR.',
    happens: (p) =>
      ({
        error: `Flannel v${s(p, 'version')} exits with "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6".`,
        panic: `Flannel v${s(p, 'version')} crashes with a nil-pointer panic ("This panic usually happens if you have configured flannel to use dual-stack but not kube-controller", flannel#1789, #2115).`,
        'panic-unsure': `Flannel v${s(p, 'version')} is reported to crash with a nil-pointer dereference in the vxlan backend.`,
      })[s(p, 'outcome')] ?? '',
    fix: () => 'Add the IPv6 pod CIDR to podSubnet, or turn EnableIPv6 off.',
  },
  'flannel-backend-missing': {
    message: () => 'net-conf.json has no Backend, so Flannel uses udp',
    reads: () => 'Flannel reads Backend.Type; without a Backend key it falls back to "udp" (the documentation says vxlan, the code says udp).',
    happens: () => 'udp is slow, IPv4-only and exists only on amd64 ("UDP backend is not supported on this architecture" elsewhere).',
    fix: () => 'Add "Backend": {"Type": "vxlan"}.',
  },
  'flannel-backend-unknown': {
    message: (p) => `Flannel v${s(p, 'version')} has no backend "${s(p, 'type')}"`,
    reads: () => 'Flannel looks up Backend.Type (lower-cased) among its registered backends.',
    happens: (p) =>
      `kube-flannel exits with "Error fetching backend: unknown backend type: ${s(p, 'type').toLowerCase()}".${
        { 'added-later': ' wireguard arrived in v0.16.0.', removed: ' The aws-vpc, gce and ali-vpc backends were removed in v0.20.0.', unknown: '' }[s(p, 'reason')] ?? ''
      }`,
    fix: () => 'Use vxlan, host-gw or wireguard.',
  },
  'flannel-backend-no-ipv6': {
    message: (p) => `Backend "${s(p, 'type')}" cannot carry IPv6`,
    reads: () => 'Flannel\'s kube subnet manager keeps IPv6 only for the vxlan, host-gw and wireguard backends.',
    happens: (p) =>
      s(p, 'outcome') === 'panic'
        ? 'On an IPv6-only cluster this backend has no IPv4 address to use and panics with "Address is not an IPv4 address".'
        : 'IPv6 is silently dropped: pods get IPv6 addresses but no routes between nodes, so IPv6 pod traffic across nodes fails.',
    fix: () => 'Use vxlan, host-gw (nodes on one L2 segment) or wireguard.',
  },
  'flannel-wireguard-mode': {
    message: (p) => `wireguard Mode "${s(p, 'mode')}" is not one of separate, auto, ipv4, ipv6`,
    reads: () => 'Flannel\'s wireguard backend reads Mode from v0.18.0.',
    happens: (p) =>
      s(p, 'outcome') === 'error' ? 'The backend fails to start with "no valid Mode configured".' : `Flannel v${s(p, 'version')} ignores Mode and always uses separate tunnels.`,
    fix: () => 'Use "separate" (one tunnel per family) or "auto".',
  },
  'flannel-ipsec-psk': {
    message: (p) => `ipsec PSK has ${s(p, 'length')} characters; Flannel needs at least 96`,
    reads: () => 'Flannel\'s ipsec backend requires a pre-shared key.',
    happens: () => 'The backend fails with "config error, password is too short".',
    fix: () => 'Generate one with `dd if=/dev/urandom count=48 bs=1 status=none | xxd -p -c 48`.',
  },
  'flannel-subnet-options-ignored': {
    message: (p) => `${s(p, 'keys')} are ignored by Flannel v${s(p, 'version')} on kubeadm clusters`,
    reads: () => 'Since v0.20.0 Flannel checks SubnetLen, SubnetMin and SubnetMax only with etcd; with --kube-subnet-mgr each node\'s subnet is the podCIDR from kube-controller-manager.',
    happens: () => 'The values have no effect; node subnet sizes come from node-cidr-mask-size-ipv4/-ipv6.',
    fix: () => 'Remove them and set the controller-manager node masks instead.',
  },
  'flannel-subnet-options-invalid': {
    message: (p) => `Flannel v${s(p, 'version')} rejects the subnet settings: ${s(p, 'message')}`,
    reads: () => 'Up to v0.19.x Flannel checks Network, SubnetLen, SubnetMin and SubnetMax while parsing net-conf.json, even with --kube-subnet-mgr.',
    happens: (p) => `kube-flannel exits with "error parsing subnet config: ${s(p, 'message')}".`,
    fix: () => 'Remove SubnetLen/SubnetMin/SubnetMax (kube-controller-manager decides node subnets) or correct them.',
  },
  'flannel-nftables-unsupported': {
    message: (p) => `EnableNFTables is ignored by Flannel v${s(p, 'version')}`,
    reads: () => 'Flannel reads EnableNFTables from v0.25.0; older versions ignore unknown keys.',
    happens: () => 'Flannel uses iptables anyway.',
    fix: () => 'Use Flannel v0.25.0 or later, or drop the key.',
  },
  'flannel-mtu-unsupported': {
    message: (p) => `Backend MTU is ignored by Flannel v${s(p, 'version')}`,
    reads: () => 'The vxlan and wireguard backends read MTU from v0.21.3.',
    happens: () => 'The MTU is taken from the external interface instead.',
    fix: () => 'Use Flannel v0.21.3 or later.',
  },
  'flannel-iface-address-dual-stack': {
    message: (p) => `--iface=${s(p, 'iface')} on dual-stack: Flannel v${s(p, 'version')} does not find the IPv6 address`,
    reads: () => 'Flannel picks its external addresses from --iface; given an IP, versions before v0.27.4 look up only that family.',
    happens: () => 'IPv6 is not detected and IPv6 tunnels are not set up ("both IP should be specified with the same method", flannel PR #1762).',
    fix: () => 'Use an interface name for --iface, add --public-ipv6, or use Flannel v0.27.4 or later.',
  },
  'flannel-dual-stack-default-routes': {
    message: () => 'Dual-stack Flannel without --iface needs IPv4 and IPv6 default routes on the same interface',
    reads: () => 'Without --iface, Flannel uses the default-route interface of each family and requires them to be the same.',
    happens: () =>
      'If a node lacks an IPv6 default route, kube-flannel fails with "failed to get default v6 interface: unable to find default v6 route"; if the routes use different interfaces, with "v6 default route interface <a> must be the same with v4 default route interface <b>".',
    fix: () => 'Check `ip -6 route show default` on each node, or set the interface name in the Flannel step.',
  },
  'flannel-br-netfilter': {
    message: () => 'Flannel checks that br_netfilter is loaded',
    reads: (p) => `From v0.26.0 Flannel in iptables mode checks /proc/sys/net/bridge/${s(p, 'families')}.`,
    happens: () => 'Without the br_netfilter module kube-flannel exits with "Failed to check br_netfilter".',
    fix: () => 'Load br_netfilter on every node (NEXT-STEPS.md shows how), or enable nftables.',
  },
  'flannel-json-invalid': {
    message: (p) => `net-conf.json is not valid JSON: ${s(p, 'error')}`,
    reads: () => 'Flannel parses net-conf.json with Go\'s encoding/json.',
    happens: () => 'kube-flannel exits with "error parsing subnet config: …".',
    fix: () => 'Fix the JSON (quotes around keys, no trailing commas, no comments).',
  },
  'flannel-json-type': {
    message: (p) => `net-conf.json ${s(p, 'key')} must be ${s(p, 'expected')}, not ${s(p, 'found')}`,
    reads: () => 'Flannel decodes net-conf.json into typed fields with Go\'s encoding/json.',
    happens: (p) => `kube-flannel exits with "error parsing subnet config: json: cannot unmarshal ${s(p, 'found')} into Go struct field Config.${s(p, 'key')} of type ${s(p, 'goType')}".`,
    fix: (p) => `Write ${s(p, 'key')} as ${s(p, 'expected')}.`,
  },
  'flannel-backend-not-object': {
    message: () => 'net-conf.json Backend must be an object such as {"Type": "vxlan"}',
    reads: () => 'Flannel decodes Backend as an object with a Type key.',
    happens: () => 'kube-flannel exits with "error decoding Backend property of config: json: cannot unmarshal string into Go value of type struct { Type string }".',
    fix: () => 'Write "Backend": {"Type": "vxlan"}.',
  },
  'flannel-unknown-key': {
    message: (p) => `net-conf.json key "${s(p, 'key')}" is not read by Flannel`,
    reads: () => 'Flannel matches keys case-insensitively and ignores any key it does not know.',
    happens: () => 'The setting has no effect, silently.',
    fix: (p) => (s(p, 'suggestion') ? `Did you mean "${s(p, 'suggestion')}"?` : 'Remove the key.'),
  },
  'flannel-networks-key': {
    message: (p) => `net-conf.json key "${s(p, 'key')}" is not how Flannel v${s(p, 'version')} takes pod networks`,
    reads: () => 'Networks and IPv6Networks existed only in v0.20.0–v0.24.x, for MultiClusterCIDR; v0.25.0 removed them.',
    happens: (p) =>
      ({
        honoured: `Flannel v${s(p, 'version')} uses the first entry of Networks instead of Network.`,
        reset: `Flannel v${s(p, 'version')} clears the value while parsing; it is filled only from ClusterCIDR objects.`,
        ignored: `Flannel v${s(p, 'version')} ignores the key.`,
      })[s(p, 'outcome')] ?? '',
    fix: () => 'Use Network and IPv6Network.',
  },
  'flannel-manifest-version': {
    message: (p) => `kube-flannel.yml runs Flannel v${s(p, 'version')} (image ${s(p, 'image')})`,
    reads: () => 'The DaemonSet image tag decides which Flannel behaviour applies.',
    happens: () => 'The checks use this version unless --flannel-version says otherwise.',
    fix: () => 'Nothing to do.',
  },
  'cluster-cidr-missing': {
    message: (p) => `The stack needs an ${s(p, 'family')} pod CIDR`,
    reads: () => 'kube-controller-manager gives each node one block per podSubnet entry; Flannel needs a block of every family it runs.',
    happens: () => 'Without it the cluster is not the stack you chose: nodes get no podCIDR of that family.',
    fix: (p) => `Enter an ${s(p, 'family')} pod CIDR.`,
  },
  'cluster-field-family': {
    message: (p) =>
      s(p, 'hint') === 'list'
        ? `${fieldNameEn(p)} holds ${s(p, 'count')} ${s(p, 'what') === 'node' ? 'addresses' : 'CIDRs'}, "${s(p, 'value')}"; it takes one`
        : `${fieldNameEn(p)} holds an ${s(p, 'found')} ${s(p, 'what') === 'node' ? 'address' : 'CIDR'}, "${s(p, 'value')}"`,
    reads: (p) =>
      s(p, 'what') === 'node'
        ? 'The wizard joins a node\'s IPv4 and IPv6 fields into kubelet --node-ip; kubelet takes each entry\'s family from the address, not from the field.'
        : `The wizard joins the IPv4 and IPv6 fields into ${s(p, 'what') === 'pod' ? 'podSubnet' : 'serviceSubnet'}; kubeadm and the components take each entry's family from the address, not from the field.`,
    happens: (p) =>
      s(p, 'what') === 'node'
        ? 'Two addresses of one family, or more than two, make kubelet exit with \'bad --node-ip "…": must contain either a single IP or a dual-stack pair of IPs\'; otherwise the node gets an address of another family than the plan gives it.'
        : `Two CIDRs of one family, or more than two, make \`kubeadm init\` stop with "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking"; otherwise the cluster gets another family than the stack you chose${s(p, 'what') === 'pod' ? ', and Flannel, which reads Network as IPv4 only, exits' : ''}.`,
    fix: (p) => (s(p, 'hint') === 'list' ? `Keep one ${s(p, 'family')} value in this field.` : `Write an ${s(p, 'family')} value here, and the ${s(p, 'found')} one in its own field.`),
  },
  'cluster-single-stack-services': {
    message: (p) => `Pods are dual-stack but serviceSubnet "${s(p, 'serviceSubnet')}" has no ${s(p, 'missing')} range`,
    reads: () => 'kube-apiserver allocates Service IPs only from the families in --service-cluster-ip-range.',
    happens: (p) =>
      `Every Service is single-stack; a Service asking for ${s(p, 'missing')} fails with 'spec.ipFamilies[0]: Invalid value: "${s(p, 'missing')}": not configured on this cluster', and RequireDualStack with "this cluster is not configured for dual-stack services".`,
    fix: (p) => `Add an ${s(p, 'missing')} Service CIDR.`,
  },
  'cluster-pod-service-overlap': {
    message: (p) => `Pod CIDR ${s(p, 'pod')} overlaps Service CIDR ${s(p, 'service')}`,
    reads: () =>
      'kube-controller-manager marks pod blocks that overlap a Service CIDR as used; Flannel routes and masquerades the whole pod range. The official kubeadm dual-stack example does this too (pods 2001:db8:42::/56, Services 2001:db8:42:1::/112).',
    happens: () => 'The cluster starts, but one or more node blocks are lost, and Service addresses sit inside the pod range, which confuses firewalls, routes and masquerade rules.',
    fix: (p) => `Give Services a range outside the pod CIDR ${s(p, 'pod')}, next to it rather than inside it.`,
  },
  'cluster-node-ip-in-cluster-range': {
    message: (p) => `${s(p, 'what')} address ${s(p, 'address')} lies inside ${s(p, 'setting')} ${s(p, 'cidr')}`,
    reads: () => 'Flannel routes the pod range through its tunnels and kube-proxy captures the Service range on every node.',
    happens: () => 'Traffic to the node\'s own address is routed into the overlay or DNAT-ed, so nodes cannot reach each other or the API server.',
    fix: () => 'Choose pod and Service ranges that do not contain the node addresses.',
  },
  'cluster-reserved-range': {
    message: (p) => `${s(p, 'setting')} ${s(p, 'cidr')} overlaps reserved addresses (${s(p, 'kinds')})`,
    reads: () => 'The kernel, kubelet and kube-proxy treat loopback, link-local, multicast and unspecified addresses specially.',
    happens: () => 'Pods or Services given such addresses are unreachable or break node networking.',
    fix: () => 'Use a private range: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or a ULA fd00::/8.',
  },
  'cluster-documentation-prefix': {
    message: (p) => `${s(p, 'places')} ${Number(p.count) > 1 ? 'are' : 'is'} in the documentation prefix ${s(p, 'prefix')}`,
    reads: () => 'Documentation prefixes are reserved for examples (RFC 5737, RFC 3849).',
    happens: () => 'It works inside the cluster, but these addresses are not routable, may be filtered by networks, and copied examples collide across clusters.',
    fix: () => 'Use a ULA (fd00::/8, the random ULA button) or your own allocation.',
  },
  'cluster-non-canonical-cidr': {
    message: (p) => `${s(p, 'setting')} entry "${s(p, 'value')}" is not canonical; it means ${s(p, 'canonical')}`,
    reads: () => 'kubeadm\'s lenient parser masks host bits and reads leading zeros as decimal, but from 1.36 API objects reject such values (StrictIPCIDRValidation).',
    happens: (p) =>
      s(p, 'reason') === 'leading-zeros'
        ? 'It works today but other tools read leading zeros as octal, and newer Kubernetes rejects them in API objects.'
        : 'The host bits are dropped silently, so the range may not be the one you meant.',
    fix: (p) => `Write ${s(p, 'canonical')}.`,
  },
  'cluster-primary-family-mismatch': {
    message: (p) =>
      s(p, 'what') === 'podSubnet'
        ? `podSubnet lists ${s(p, 'family')} first while serviceSubnet lists ${s(p, 'serviceFamily')} first`
        : `node-ip of ${s(p, 'nodes')} lists ${s(p, 'family')} first while Services prefer ${s(p, 'serviceFamily')}`,
    reads: () =>
      'Three things take their "primary" family from their own list: the default Service family and the kubernetes and DNS Service IPs from serviceSubnet; node.spec.podCIDR from podSubnet; the node\'s primary InternalIP (and hostNetwork pod IPs) from node-ip.',
    happens: () =>
      'This is allowed and can be deliberate (Flannel before v0.20.2 needs IPv4 first in podSubnet while Services prefer IPv6), but tools that read a single podCIDR or node IP will see a different family than Services do.',
    fix: () => 'Keep the orders equal unless you need the difference.',
  },
  'cluster-duplicate-node': {
    message: (p) => (s(p, 'kind') === 'name' ? `Node name ${s(p, 'value')} is used twice` : `Address ${s(p, 'value')} is used by ${s(p, 'other')} too`),
    reads: () => 'kubelet registers one Node object per name, and Flannel identifies peers by their addresses.',
    happens: (p) =>
      s(p, 'kind') === 'name'
        ? '`kubeadm join` on the second node stops in the kubelet-start phase with "a Node with name … and status "Ready" already exists in the cluster".'
        : 'Flannel reaches each peer at its published address, so it routes both nodes\' pods to one host.',
    fix: () => 'Give every node its own name and addresses.',
  },
  'cluster-ipv6-service-range-beyond-112': {
    message: (p) => `IPv6 Service CIDR ${s(p, 'cidr')} is wider than /112; Services still come from its first /112`,
    reads: () => 'The legacy Service IP allocator uses at most 16 bits of an IPv6 range.',
    happens: () => 'Only 65,536 Service IPs are used; with MultiCIDRServiceAllocator in dual-write mode RequireDualStack Services failed (kubernetes/kubernetes#129797).',
    fix: () => 'Use /112.',
  },
  'flannel-yaml-invalid': {
    message: (p) => `Not valid YAML: ${s(p, 'error')}`,
    reads: () => 'kubectl apply, kustomize and helm read kube-flannel.yml, kube-flannel-cfg.yaml, kustomization.yaml and Helm values files as YAML documents.',
    happens: () => 'They stop with a YAML error before anything reaches the cluster, so Flannel is neither installed nor reconfigured. Nothing in this file was checked.',
    fix: () => 'Fix the YAML syntax at the line shown (indentation, a missing colon, tabs).',
  },
  'kubernetes-version-assumed': {
    message: (p) =>
      s(p, 'basis') === 'api-version'
        ? `No Kubernetes version in the files: checked for Kubernetes ${s(p, 'version')}, the newest release that accepts ${s(p, 'apiVersion')} without a warning`
        : s(p, 'basis') === 'plan'
          ? `No Kubernetes version in the files: checked for Kubernetes ${s(p, 'version')}, the wizard's choice`
          : `No Kubernetes version in the files: checked for Kubernetes ${s(p, 'version')}, the newest known`,
    reads: () => 'What kubeadm and the Kubernetes components accept depends on the release; only ClusterConfiguration holds kubernetesVersion.',
    happens: () => 'The results hold for that release; another release may accept or refuse other things.',
    fix: () => 'Check the files together with the ClusterConfiguration that sets kubernetesVersion, or name the release (dualstack-wizard check --kubernetes-version).',
  },
  'flannel-version-assumed': {
    message: (p) =>
      s(p, 'basis') === 'plan'
        ? `No Flannel version in the files: checked for Flannel v${s(p, 'version')}, the wizard's choice`
        : `No Flannel version in the files: checked for Flannel v${s(p, 'version')}, the newest known`,
    reads: () => 'What Flannel does with net-conf.json depends on its release; the version is in the image tag of kube-flannel.yml, the manifest URL of a kustomization, or image.tag of Helm values.',
    happens: () => 'The results hold for that release; older releases fail on some settings that newer ones accept.',
    fix: () => 'Check the file together with kube-flannel.yml, or name the release (dualstack-wizard check --flannel-version).',
  },
  'flannel-key-not-carried': {
    message: (p) => `${s(p, 'key')} is not carried into the plan`,
    reads: () => 'Flannel\'s backend reads this key, but this tool does not model it.',
    happens: () => 'It is not checked, and the files generated from this plan will not contain it.',
    fix: (p) => `Keep ${s(p, 'key')} in your own copy of net-conf.json when you apply the generated files.`,
  },
  'flannel-net-conf-differs': {
    message: (p) => `${s(p, 'other')} gives a different net-conf.json than ${s(p, 'used')} (${s(p, 'keys')}); ${s(p, 'used')} was checked`,
    reads: () => 'Flannel reads one net-conf.json: the one in the kube-flannel-cfg ConfigMap as last applied.',
    happens: () => 'Whichever file is applied last decides what Flannel does; the other configuration is replaced without a warning.',
    fix: () => 'Keep one source of the Flannel configuration, or make them agree.',
  },
  'cluster-node-pod-cidrs-mismatch': {
    message: (p) => `Node ${s(p, 'node')} has podCIDRs "${s(p, 'podCidrs')}", which do not fit --cluster-cidr "${s(p, 'clusterCidr')}" in that order`,
    reads: () =>
      'When kube-controller-manager starts, its node IPAM marks every node\'s podCIDRs as taken: entry i of spec.podCIDRs must lie in the range of entry i of --cluster-cidr, which kubeadm sets to podSubnet. A node keeps the podCIDRs it was given, so a podSubnet changed or reordered later no longer matches the nodes that exist.',
    happens: (p) =>
      `kube-controller-manager exits at start-up ("Error starting controllers") with ${
        s(p, 'outcome') === 'no-range'
          ? `"node:${s(p, 'node')} has an allocated cidr: ${s(p, 'cidr')} at index:${s(p, 'index')} that does not exist in cluster cidrs configuration"`
          : `"failed to mark cidr[${s(p, 'cidr')}] at idx [${s(p, 'index')}] as occupied for node: ${s(p, 'node')}: cidr ${s(p, 'cidr')} is out the range of cluster cidr ${s(p, 'range')}"`
      }, and keeps restarting: none of its controllers run, and new nodes get no podCIDR. It happens once it runs with this podSubnet, which kubeadm writes into its manifest at \`kubeadm init\` and on every \`kubeadm upgrade\`.`,
    fix: (p) =>
      `Keep podSubnet as the nodes were given their podCIDRs (each node's first block in the first entry); or re-create ${s(p, 'node') || 'the node'}: \`kubectl drain ${s(p, 'node') || 'NODE'} --ignore-daemonsets\`, \`kubectl delete node ${s(p, 'node') || 'NODE'}\`, then \`systemctl restart kubelet\` on it, so that it registers again and gets new podCIDRs.`,
  },
  'cluster-node-pod-cidr-family-missing': {
    message: (p) =>
      Number(p.count ?? 1) === 1
        ? `Node ${s(p, 'nodes')} has no ${s(p, 'family')} podCIDR, though the cluster is dual-stack`
        : `${s(p, 'count')} nodes have no ${s(p, 'family')} podCIDR, though the cluster is dual-stack: ${s(p, 'nodes')}`,
    reads: (p) =>
      `kube-controller-manager gives a node its podCIDRs once, when it first sees the node without any: one block per --cluster-cidr entry. The API server refuses to change them afterwards ("node updates may not change podCIDR except from \"\" to valid"). Nodes that registered before ${s(p, 'basis') === 'net-conf' ? 'the cluster became dual-stack' : `${s(p, 'family') || 'a family'} was added to podSubnet`} keep their single family (k3s-io/k3s#10726 is the same mechanism).`,
    happens: (p) =>
      `Pods on these nodes get no ${s(p, 'family') || 'second-family'} address.${
        ({
          error: ` Flannel v${s(p, 'version')} on them exits with "failed to configure interface flannel-v6.1: IPv6 is enabled but the lease has no IPv6".`,
          panic: ` Flannel v${s(p, 'version')} on them crashes with a nil-pointer panic ("This panic usually happens if you have configured flannel to use dual-stack but not kube-controller", flannel#1789, #2115).`,
          'panic-unsure': ` Flannel v${s(p, 'version')} on them is reported to crash with a nil-pointer dereference in the vxlan backend.`,
        })[s(p, 'flannel')] ?? ''
      }`,
    fix: () =>
      'Check that kube-controller-manager runs with both pod CIDRs in --cluster-cidr (/etc/kubernetes/manifests/kube-controller-manager.yaml on each control-plane node). Then re-create each listed node, one at a time: `kubectl drain NODE --ignore-daemonsets`, `kubectl delete node NODE`, and `systemctl restart kubelet` on it; it registers again and gets a podCIDR of each family. Labels and taints set through the API go with the deleted Node object (on a control-plane node, `kubeadm init phase mark-control-plane` sets kubeadm\'s again).',
  },
  'flannel-node-public-ipv6-missing': {
    message: (p) =>
      s(p, 'outcome') === 'no-lease'
        ? `Flannel has not annotated ${s(p, 'nodes')}, though net-conf.json enables IPv6`
        : `${s(p, 'nodes')}: no flannel.alpha.coreos.com/public-ipv6 annotation, though net-conf.json enables IPv6`,
    reads: () =>
      'Each flanneld writes flannel.alpha.coreos.com/public-ip and public-ipv6 on its own node when it takes its lease, and turns every other node marked kube-subnet-manager "true" into routes; with EnableIPv6 it needs that node\'s public-ipv6 to do so.',
    happens: (p) =>
      s(p, 'outcome') === 'no-lease'
        ? 'The other flanneld instances skip nodes without the kube-subnet-manager annotation, so these nodes get no routes: kube-flannel has not started on them, or failed before taking its lease.'
        : `Every flanneld with EnableIPv6 logs 'Error turning node "<node>" to lease: ${s(p, 'error') || 'Invalid IP address format'}' for these nodes and sets up no route to their pod subnets, in either family, so their pods cannot reach pods on other nodes. The annotation is missing when flanneld on the node has not run with this net-conf.json: its pod still runs with the one it read before IPv6 was added (flanneld reads net-conf.json once, at start), or it fails before taking its lease (no IPv6 address or default route).`,
    fix: () =>
      'Restart kube-flannel so that every pod reads the current net-conf.json: `kubectl -n kube-flannel rollout restart daemonset kube-flannel-ds` (namespace kube-system before v0.19.0). If a node still has no public-ipv6, read its kube-flannel log: `kubectl -n kube-flannel logs POD -c kube-flannel`.',
  },
  'file-kind-unknown': {
    message: () => 'Not a kubeadm config, kube-flannel.yml, net-conf.json, Flannel kustomization, Flannel Helm values or kubectl output of nodes or kubeadm-config',
    reads: () => 'The checker recognises kubeadm documents (apiVersion kubeadm.k8s.io/…), a kube-flannel.yml (the kube-flannel-cfg ConfigMap or the flannel DaemonSet), net-conf.json (a JSON object), a kustomization that names kube-flannel.yml or patches kube-flannel-cfg, values for Flannel\'s Helm chart (podCidr, podCidrv6, flannel.backend …), and from a running cluster `kubectl get nodes -o yaml` (or `-o json`) and the kubeadm-config ConfigMap of kube-system.',
    happens: () => 'Nothing in this file was checked.',
    fix: () => 'Pass the kubeadm --config or join file, kube-flannel.yml, net-conf.json, the kustomization.yaml, the Flannel Helm values, or the output of `kubectl get nodes -o yaml`.',
  },
  // Field limits (issue 17).
  'flannel-vxlan-vni': {
    message: (p) =>
      s(p, 'hint') === 'not-integer'
        ? `VXLAN VNI ${s(p, 'value')} is not a whole number`
        : s(p, 'hint') === 'range'
          ? `VXLAN VNI ${s(p, 'value')} does not fit in 24 bits (0 to ${s(p, 'max')})`
          : `VXLAN VNI ${s(p, 'value')} makes the device name ${s(p, 'device')} longer than Linux allows`,
    reads: () => 'Flannel creates the VXLAN devices flannel.<VNI> (IPv4) and flannel-v6.<VNI> (IPv6) with this VNI; a VXLAN network identifier has 24 bits, and a Linux interface name at most 15 bytes.',
    happens: (p) =>
      s(p, 'hint') === 'not-integer'
        ? 'kube-flannel exits with "Error registering network: error decoding VXLAN backend config: …".'
        : s(p, 'hint') === 'range'
          ? 'Linux refuses to create the device ("VXLAN ID must be lower than 16777216", numerical result out of range), so kube-flannel exits with "Error registering network: …" and crash-loops.'
          : `Linux refuses the ${s(p, 'device').length}-byte name ${s(p, 'device')} (numerical result out of range), so kube-flannel exits with "Error registering network: …" and crash-loops.`,
    fix: (p) => (s(p, 'hint') === 'name-too-long' ? `Use a VNI from 0 to ${s(p, 'max')}, or leave the field empty for VNI 1.` : 'Use a VNI from 0 to 16777215, or leave the field empty for VNI 1.'),
  },
  'flannel-mtu-range': {
    message: (p) =>
      s(p, 'hint') === 'not-integer'
        ? `Backend MTU ${s(p, 'value')} is not a whole number`
        : s(p, 'hint') === 'too-small'
          ? `Backend MTU ${s(p, 'value')} leaves ${s(p, 'inner')} bytes inside the ${s(p, 'type')} tunnel, under ${s(p, 'family')}'s minimum of ${s(p, 'link')}`
          : `Backend MTU ${s(p, 'value')} gives a VXLAN device MTU of ${s(p, 'inner')}, over Linux's 65535`,
    reads: (p) =>
      s(p, 'hint') === 'not-integer'
        ? 'Flannel decodes MTU as a whole number.'
        : `MTU is the size of the packets Flannel sends between nodes; the ${s(p, 'type')} backend gives its devices and the pods (subnet.env FLANNEL_MTU) MTU − ${s(p, 'overhead')}. Every IPv6 link needs at least 1280 bytes (RFC 8200 section 5), every IPv4 link 68 (RFC 791).`,
    happens: (p) =>
      s(p, 'hint') === 'not-integer'
        ? 'kube-flannel exits with "Error registering network: error decoding … backend config: …".'
        : s(p, 'hint') === 'too-small'
          ? `Flannel's devices and the pods' interfaces would get an MTU of ${s(p, 'inner')}: ${
              s(p, 'family') === 'IPv6'
                ? 'Linux runs no IPv6 on a link under 1280 bytes, so pod IPv6 traffic cannot flow'
                : s(p, 'type') === 'vxlan'
                  ? 'Linux refuses such a VXLAN device ("MTU must be between 68 and 65535"), so kube-flannel exits with "Error registering network: …"'
                  : 'under what every IPv4 link must carry, so some pod packets can never cross'
            }.`
          : 'Linux refuses to create the VXLAN device ("MTU must be between 68 and 65535"), so kube-flannel exits with "Error registering network: …".',
    fix: (p) =>
      s(p, 'hint') === 'too-large'
        ? `Use at most ${s(p, 'max')}, and no more than your nodes' interface MTU; or leave the field empty to use it.`
        : s(p, 'hint') === 'too-small'
          ? `Use at least ${s(p, 'min')}, and no more than your nodes' interface MTU; or leave the field empty to use it.`
          : 'Use a whole number, or leave the field empty to use the interface\'s MTU.',
  },
  'flannel-iface-invalid': {
    message: (p) => `--iface "${s(p, 'value')}" is neither an IP address nor a possible Linux interface name: ${s(p, 'hint') === 'too-long' ? `it is ${s(p, 'bytes')} bytes, over 15` : (IFACE_PROBLEM_EN[s(p, 'hint')] ?? s(p, 'hint'))}`,
    reads: () => 'flanneld takes --iface as an IP address first, else as the name of an interface on the node; the value goes into its arguments whole, as one --iface.',
    happens: (p) => `No interface has that name, so kube-flannel logs "Could not find valid interface matching ${s(p, 'value')}", then exits with "Failed to find interface to use that matches the interfaces and/or regexes provided".`,
    fix: (p) => (s(p, 'hint') === 'space' ? 'Give one interface name, such as eth0, without spaces.' : 'Give the name `ip link` shows on the nodes, such as eth0, or one of the node\'s addresses.'),
  },
};

export const fixLabelsEn: Record<string, Text> = {
  'set-prefix': (p) => `Use /${s(p, 'prefix')}`,
  'set-node-mask': (p) => `Set ${s(p, 'flag')} to ${s(p, 'mask')}`,
  'set-advertise-address': (p) => `Advertise ${s(p, 'address')}`,
  'set-kubernetes-version': (p) => `Use Kubernetes ${s(p, 'version')}`,
  'set-flannel-version': (p) => `Use Flannel v${s(p, 'version')}`,
  'put-ipv4-first': () => 'Put IPv4 first in podSubnet',
  'move-to-ipv6network': () => 'Move it to IPv6Network',
  'set-ipv6network': (p) => `Set IPv6Network to ${s(p, 'cidr')}`,
  'set-network': (p) => `Set Network to ${s(p, 'cidr')}`,
  'disable-ipv4': () => 'Set "EnableIPv4": false',
  'enable-ipv6': (p) => `Enable IPv6 with ${s(p, 'cidr')}`,
  'disable-ipv6': () => 'Turn EnableIPv6 off',
  'set-backend': (p) => `Use ${s(p, 'type')}`,
  'set-wireguard-mode': (p) => `Use Mode ${s(p, 'mode')}`,
  'use-canonical': (p) => `Use ${s(p, 'canonical')}`,
  'set-pod-cidr': (p) => `Use pod CIDR ${s(p, 'cidr')}`,
  'set-service-cidr': (p) => `Use Service CIDR ${s(p, 'cidr')}`,
  'use-value': (p) => `Use "${s(p, 'value')}"`,
  'split-families': (p) => `Put ${s(p, 'ipv4')} in the IPv4 field and ${s(p, 'ipv6')} in the IPv6 field`,
  'move-to-family': (p) => `Move ${s(p, 'value')} to the ${s(p, 'family')} field`,
};
