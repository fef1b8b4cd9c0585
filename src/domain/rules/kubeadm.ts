// What `kubeadm init/join --config` validates before deploying anything.
import { type Cidr, type Family, cidrOf, cidrSize, bitsOf, familyLabel, formatCidr as fmt, overlaps, parseIp } from '../cidr';
import { isDns1123Subdomain, parseHostPort, splitHostPort } from '../host-port';
import {
  KUBERNETES_MINORS,
  NEWEST_KUBERNETES,
  OLDEST_KUBERNETES,
  isKnownKubernetesMinor,
  kubeadmApiStatus,
  parseKubernetesVersion,
  preferredKubeadmApi,
} from '../versions';
import { DEFAULT_BIND_PORT, isPortNumber } from '../plan';
import type { RuleContext, SubnetList } from './context';
import { addressHint, cidrPieceHint, clip } from './fields';
import { fieldCandidates, narrowerPodCandidate, nodeMaskCandidates, widerPodCandidate } from './fix-candidates';
import type { Finding, PlanPath, Rule } from './types';

export type SubnetKind = 'pod' | 'service';
export const subnetField = (kind: SubnetKind, family?: Family): PlanPath => {
  const base = kind === 'pod' ? 'podCidr' : 'serviceCidr';
  return family ? `${base}.${family}` : base;
};

function listOf(ctx: RuleContext, kind: SubnetKind): SubnetList {
  return kind === 'pod' ? ctx.podSubnet : ctx.serviceSubnet;
}

function perKind(check: (list: SubnetList, kind: SubnetKind, ctx: RuleContext) => Finding[]): (ctx: RuleContext) => Finding[] {
  return (ctx) => [...check(listOf(ctx, 'pod'), 'pod', ctx), ...check(listOf(ctx, 'service'), 'service', ctx)];
}

/** True when podSubnet/serviceSubnet is built from the per-family fields, false when a file gave it verbatim. */
const fromFields = (ctx: RuleContext, kind: SubnetKind): boolean => ctx.plan.overrides[SETTING[kind]] === undefined;

const SETTING = { pod: 'podSubnet', service: 'serviceSubnet' } as const;

/** Node blocks a plan needs: one per node named, and room for a second so another node can join. */
const blocksForNodes = (ctx: RuleContext): number => Math.max(ctx.plan.nodes.length, 2);

const COMMON_API_PORTS = new Set([443, 6443, 8443, 16443]);

/** The port a suggestion names: bindPort, or kubeadm's default while the field holds no port. */
const apiPort = (ctx: RuleContext): number => (isPortNumber(ctx.plan.bindPort) ? ctx.plan.bindPort : DEFAULT_BIND_PORT);

export const kubeadmRules: Rule[] = [
  {
    id: 'kubeadm-subnet-syntax',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['podCidr', 'serviceCidr', 'podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      (['pod', 'service'] as const).flatMap((kind): Finding[] => {
        const list = listOf(ctx, kind);
        if (!fromFields(ctx, kind)) {
          // A list read verbatim from a file: the first piece kubeadm refuses.
          const bad = list.pieces.findIndex((piece) => !piece.parse.ok);
          if (bad < 0) return [];
          const piece = list.pieces[bad]!.text;
          return [{ fields: [subnetField(kind)], params: { setting: SETTING[kind], value: list.text, piece, ...cidrPieceHint(piece, bad, list.pieces.length) } }];
        }
        // Built from the per-family fields: each field's typo at that field.
        return ctx.stackFamilies.flatMap((family): Finding[] => {
          const problem = ctx.fieldProblems.get(subnetField(kind, family));
          if (problem?.kind !== 'syntax') return [];
          return [{
            fields: [subnetField(kind, family)],
            params: { setting: SETTING[kind], value: list.text, piece: clip(problem.piece), ...problem.params, family: familyLabel(family), entry: clip(problem.value) },
            fixes: problem.fixes,
          }];
        });
      }),
  },
  {
    id: 'kubeadm-subnet-count',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['podCidr', 'serviceCidr'],
    needs: ['kubeadm'],
    // A list built from the per-family fields holds one CIDR per family unless a field is wrong, and
    // cluster-field-family says so at that field.
    check: perKind((list, kind, ctx) => {
      if (fromFields(ctx, kind) || list.cidrs.length !== list.pieces.length || list.valid || list.cidrs.length === 0) return [];
      return [{ fields: [subnetField(kind)], params: { setting: SETTING[kind], value: list.text, count: list.cidrs.length } }];
    }),
  },
  {
    id: 'kubeadm-service-subnet-too-small',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['serviceCidr.ipv4', 'serviceCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.serviceSubnet.cidrs
        .filter((cidr) => cidrSize(cidr) < 10n)
        .map((cidr) => ({ fields: [subnetField('service', cidr.family)], params: { cidr: fmt(cidr), size: String(cidrSize(cidr)), minimum: 10, largestPrefix: bitsOf(cidr.family) - 4 } })),
  },
  {
    id: 'kubeadm-service-subnet-too-large',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['serviceCidr.ipv4', 'serviceCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.serviceSubnet.cidrs
        .filter((cidr) => bitsOf(cidr.family) - cidr.prefix > 20)
        .map((cidr) => ({
          fields: [subnetField('service', cidr.family)],
          params: { cidr: fmt(cidr), bits: bitsOf(cidr.family), minPrefix: bitsOf(cidr.family) - 20 },
          fixes: [{ label: 'set-prefix', params: { prefix: bitsOf(cidr.family) - 20 }, set: [{ field: `serviceCidr.${cidr.family}`, value: `${fmtAddress(cidr)}/${bitsOf(cidr.family) - 20}` }] }],
        })),
  },
  {
    id: 'kubeadm-pod-subnet-too-small',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['podCidr.ipv4', 'podCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.podSubnet.cidrs
        .filter((cidr) => cidrSize(cidr) < 14n)
        .map((cidr) => ({ fields: [subnetField('pod', cidr.family)], params: { cidr: fmt(cidr), size: String(cidrSize(cidr)), minimum: 14, largestPrefix: bitsOf(cidr.family) - 4 } })),
  },
  {
    id: 'kubeadm-node-mask-not-integer',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      !ctx.allocateNodeCidrs
        ? []
        : ctx.podSubnet.cidrs
            .filter((cidr) => ctx.nodeMask[cidr.family] === null)
            .map((cidr) => ({ fields: [`nodeMask.${cidr.family}`], params: { flag: `node-cidr-mask-size-${cidr.family}`, value: ctx.nodeMaskText[cidr.family] } })),
  },
  {
    id: 'kubeadm-pod-subnet-smaller-than-node-mask',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      !ctx.allocateNodeCidrs
        ? []
        : ctx.podSubnet.cidrs.flatMap((cidr) => {
            const mask = ctx.nodeMask[cidr.family];
            if (mask === null || cidr.prefix <= mask) return [];
            const suggested = cidr.family === 'ipv6' ? Math.min(cidr.prefix + 16, 120) : Math.min(cidr.prefix + 2, 30);
            return [{
              fields: [subnetField('pod', cidr.family), `nodeMask.${cidr.family}`],
              params: { cidr: fmt(cidr), prefix: cidr.prefix, mask, family: cidr.family, flag: `node-cidr-mask-size-${cidr.family}`, suggested },
              fixes: [...nodeMaskCandidates(cidr, blocksForNodes(ctx)), ...(fromFields(ctx, 'pod') ? widerPodCandidate(cidr, mask, blocksForNodes(ctx), subnetField('pod', cidr.family)) : [])],
            }];
          }),
  },
  {
    id: 'kubeadm-node-mask-difference',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      !ctx.allocateNodeCidrs
        ? []
        : ctx.podSubnet.cidrs.flatMap((cidr) => {
            const mask = ctx.nodeMask[cidr.family];
            if (mask === null || mask - cidr.prefix <= 16) return [];
            return [{
              fields: [subnetField('pod', cidr.family), `nodeMask.${cidr.family}`],
              params: { cidr: fmt(cidr), prefix: cidr.prefix, mask, flag: `node-cidr-mask-size-${cidr.family}`, suggested: cidr.prefix + 16, suggestedPrefix: mask - 16 },
              fixes: [...nodeMaskCandidates(cidr, blocksForNodes(ctx)), ...(fromFields(ctx, 'pod') ? narrowerPodCandidate(cidr, mask, subnetField('pod', cidr.family)) : [])],
            }];
          }),
  },
  {
    id: 'kubeadm-advertise-address-invalid',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['advertiseAddress', 'nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.advertise || ctx.advertise.ok) return [];
      const source = ctx.advertiseSource;
      if (source === null) return [{ fields: ['advertiseAddress'], params: { value: ctx.advertiseText, ...addressHint(ctx.advertiseText) }, fixes: fieldCandidates('advertiseAddress', ctx.advertiseText, ctx.serviceSubnet.firstFamily ?? ctx.plan.primaryFamily, 'address', null) }];
      // Derived from the init node's address: at that node's field, unless the field has its own problem (then
      // the node rules say it there, once). kubelet trims --node-ip, kubeadm does not, so only spaces get here.
      if (ctx.fieldProblems.has(source.field)) return [];
      return [{
        fields: [source.field],
        params: { value: ctx.advertiseText, ...addressHint(ctx.advertiseText), node: ctx.plan.nodes[source.index]!.name, family: familyLabel(source.family) },
        fixes: fieldCandidates(source.field as PlanPath, ctx.advertiseText, source.family, 'address', null),
      }];
    },
  },
  {
    id: 'kubeadm-advertise-address-unusable',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-init',
    fields: ['advertiseAddress', 'nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.advertise?.ok) return [];
      const kind = specialKind(ctx.advertise.ip);
      if (kind !== 'link-local' && kind !== 'multicast') return [];
      const source = ctx.advertiseSource;
      if (source === null) return [{ fields: ['advertiseAddress'], params: { value: ctx.advertiseText, kind } }];
      // Derived from the init node's address: kubelet-node-ip-unusable flags it at that field when it is a node-ip.
      const ip = ctx.advertise.ip;
      const flagged = ctx.nodes[source.index]!.ips.some((other) => other.family === ip.family && other.value === ip.value);
      return flagged ? [] : [{ fields: [source.field], params: { value: ctx.advertiseText, kind } }];
    },
  },
  {
    id: 'kubeadm-bind-port',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['bindPort'],
    needs: ['kubeadm'],
    check: (ctx) => {
      // ValidatePort: 1..65535. A file's 0 is 6443 already (parse/files.ts); in the wizard 0 and an empty field (NaN)
      // are errors too, since the join files would carry them (plan.ts joinPort).
      const port = ctx.plan.bindPort;
      if (isPortNumber(port)) return [];
      const hint = Number.isNaN(port) ? 'not-number' : port === 0 ? 'zero' : 'invalid';
      return [{ params: { value: hint === 'not-number' ? '' : String(port), hint } }];
    },
  },
  {
    id: 'kubeadm-dns-domain',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['dnsDomain'],
    needs: ['kubeadm'],
    check: (ctx) => (isDns1123Subdomain(ctx.plan.dnsDomain) ? [] : [{ params: { value: ctx.plan.dnsDomain, lower: ctx.plan.dnsDomain.toLowerCase() } }]),
  },
  {
    id: 'kubeadm-control-plane-endpoint-invalid',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['controlPlaneEndpoint'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const value = ctx.plan.controlPlaneEndpoint;
      if (value === '' || parseHostPort(value).ok) return [];
      const bracketOnly = /^\[[^\]]*\]$/.test(value);
      return [{ params: { value, hint: bracketOnly ? 'bracket-without-port' : 'invalid', suggestion: bracketOnly ? `${value}:${apiPort(ctx)}` : '' } }];
    },
  },
  {
    id: 'kubeadm-control-plane-endpoint-ipv6-port',
    severity: 'warning',
    component: 'kubeadm',
    phase: 'runtime',
    fields: ['controlPlaneEndpoint'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const value = ctx.plan.controlPlaneEndpoint;
      const parsed = parseIp(value, 'lenient');
      if (!parsed.ok || parsed.ip.family !== 'ipv6') return [];
      const last = value.slice(value.lastIndexOf(':') + 1);
      if (!/^\d{3,5}$/.test(last) || !(COMMON_API_PORTS.has(Number(last)) || Number(last) === ctx.plan.bindPort)) return [];
      const host = value.slice(0, value.lastIndexOf(':'));
      const hostOk = parseIp(host.endsWith(':') ? `${host}:` : host, 'lenient').ok;
      const intended = hostOk ? `[${host.endsWith(':') ? `${host}:` : host}]:${last}` : `[${value}]:${apiPort(ctx)}`;
      return [{ params: { value, port: last, intended } }];
    },
  },
  {
    id: 'kubeadm-join-endpoint',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['nodes.*.joinEndpoint'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.nodes.flatMap(({ node, index }) => {
        if (node.joinEndpoint === undefined) return [];
        const split = splitHostPort(node.joinEndpoint);
        if (split.ok) return [];
        return [{ fields: [`nodes.${index}.joinEndpoint`], params: { node: node.name, value: node.joinEndpoint, error: split.error } }];
      }),
  },
  {
    id: 'kubeadm-node-name',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['nodes.*.name'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.nodes.flatMap(({ node, index }) =>
        isDns1123Subdomain(node.name) ? [] : [{ fields: [`nodes.${index}.name`], params: { value: node.name.slice(0, 80), lower: node.name.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[-.]+|[-.]+$/g, '') } }],
      ),
  },
  {
    id: 'kubeadm-api-version',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['kubernetesVersion'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const apiVersion = ctx.plan.overrides.kubeadmApiVersion;
      if (apiVersion === undefined) return [];
      const status = kubeadmApiStatus(ctx.kubernetesMinor, apiVersion);
      if (status === 'accepted') return [];
      return [{
        severity: status === 'deprecated' ? 'warning' : 'error',
        params: { apiVersion, status, kubernetes: `1.${ctx.kubernetesMinor}`, preferred: preferredKubeadmApi(ctx.kubernetesMinor) },
      }];
    },
  },
  {
    // context.ts buildContext keeps a parsable minor as written and reads unparsable text as the newest known.
    id: 'kubernetes-version-unknown',
    severity: 'warning',
    component: 'kubeadm',
    phase: 'runtime',
    fields: ['kubernetesVersion'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const parsed = parseKubernetesVersion(ctx.plan.kubernetesVersion);
      if (parsed && isKnownKubernetesMinor(parsed.minor)) return [];
      const nearest = parsed && parsed.minor < KUBERNETES_MINORS[0] ? OLDEST_KUBERNETES : NEWEST_KUBERNETES;
      return [{
        fixes: [{ label: 'set-kubernetes-version', params: { version: nearest }, set: [{ field: 'kubernetesVersion', value: nearest }] }],
        params: { value: ctx.plan.kubernetesVersion.slice(0, 80), assumed: `1.${ctx.kubernetesMinor}`, reason: parsed ? 'out-of-range' : 'unparsable' },
      }];
    },
  },
  {
    // Before PR #115420 (kubeadm 1.27) preflight checked /proc/sys/net/ipv4/ip_forward on every Linux node
    // (checks.go addCommonChecks), IPv6-only ones included (kubernetes/kubeadm#2806).
    id: 'kubeadm-preflight-ipv4-forward',
    severity: 'warning',
    component: 'kubeadm',
    phase: 'kubeadm-init',
    fields: ['stack', 'kubernetesVersion'],
    versions: { kubernetes: { to: '1.26' } },
    needs: ['kubeadm'],
    check: (ctx) => (ctx.stackFamilies.includes('ipv4') ? [] : [{ params: { kubernetes: `1.${ctx.kubernetesMinor}` } }]),
  },
  {
    id: 'kubeadm-site-local-subnet',
    severity: 'warning',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['podCidr.ipv6', 'serviceCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      (['pod', 'service'] as const).flatMap((kind) =>
        listOf(ctx, kind)
          .cidrs.filter((cidr) => overlaps(cidr, SITE_LOCAL))
          .map((cidr) => ({ fields: [subnetField(kind, cidr.family)], params: { cidr: fmt(cidr), setting: SETTING[kind] } })),
      ),
  },
  {
    id: 'kubeadm-pod-subnet-missing',
    severity: 'error',
    component: 'kubeadm',
    phase: 'runtime',
    fields: ['podCidr'],
    needs: ['kubeadm', 'flannel'],
    check: (ctx) => (ctx.podSubnet.pieces.length === 0 ? [{ params: {} }] : []),
  },
  {
    id: 'kubeadm-extra-args-shape',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: ['kubernetesVersion'],
    needs: ['kubeadm'],
  },
  {
    id: 'kubeadm-yaml-invalid',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: [],
    needs: ['kubeadm'],
  },
  {
    id: 'kubeadm-field-type',
    severity: 'error',
    component: 'kubeadm',
    phase: 'kubeadm-validate',
    fields: [],
    needs: ['kubeadm'],
  },
];

const SITE_LOCAL = cidrOf('fec0::/10');

export type SpecialKind = 'unspecified' | 'loopback' | 'link-local' | 'multicast' | null;
const SPECIAL: Array<[Cidr, Exclude<SpecialKind, null>]> = [
  [cidrOf('0.0.0.0/32'), 'unspecified'],
  [cidrOf('::/128'), 'unspecified'],
  [cidrOf('127.0.0.0/8'), 'loopback'],
  [cidrOf('::1/128'), 'loopback'],
  [cidrOf('169.254.0.0/16'), 'link-local'],
  [cidrOf('fe80::/10'), 'link-local'],
  [cidrOf('224.0.0.0/4'), 'multicast'],
  [cidrOf('ff00::/8'), 'multicast'],
];

export function specialKind(ip: { family: Family; value: bigint }): SpecialKind {
  for (const [cidr, kind] of SPECIAL) if (cidr.family === ip.family && ip.value >= cidr.base && ip.value < cidr.base + cidrSize(cidr)) return kind;
  return null;
}

/** Special ranges a CIDR overlaps. */
export function specialOverlaps(cidr: Cidr): Array<Exclude<SpecialKind, null>> {
  return [...new Set(SPECIAL.filter(([special]) => overlaps(special, cidr)).map(([, kind]) => kind))];
}

function fmtAddress(cidr: Cidr): string {
  return fmt(cidr).split('/')[0]!;
}
