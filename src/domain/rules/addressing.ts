// Cluster-wide addressing: overlaps, reserved and documentation ranges, canonical forms, family order.
import { type Cidr, type Family, cidrOf, containsIp, familyLabel, formatCidr, overlaps } from '../cidr';
import { stackFamilies } from '../plan';
import { specialOverlaps, subnetField, type SubnetKind } from './kubeadm';
import { type RuleContext, nodeIpField, writtenAddress } from './context';
import { clip } from './fields';
import { serviceRangeCandidates } from './fix-candidates';
import type { Finding, Params, Rule } from './types';

// RFC 5737 and RFC 3849 documentation prefixes (the address-space picture marks them too).
export const DOCUMENTATION = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'].map(cidrOf);

interface NamedCidr {
  kind: SubnetKind;
  cidr: Cidr;
  text: string;
}

function namedCidrs(ctx: RuleContext): NamedCidr[] {
  const result: NamedCidr[] = [];
  for (const [kind, list] of [['pod', ctx.podSubnet], ['service', ctx.serviceSubnet]] as const) {
    for (const piece of list.pieces) if (piece.parse.ok) result.push({ kind, cidr: piece.parse.cidr, text: piece.text });
  }
  return result;
}

const SETTING: Record<SubnetKind, string> = { pod: 'podSubnet', service: 'serviceSubnet' };

export const addressingRules: Rule[] = [
  {
    id: 'cluster-cidr-missing',
    severity: 'error',
    component: 'cluster',
    phase: 'kubeadm-validate',
    fields: ['podCidr.ipv4', 'podCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.plan.overrides.podSubnet !== undefined
        ? []
        : stackFamilies(ctx.plan)
            .filter((family) => ctx.plan.podCidr[family] === '')
            .map((family) => ({ fields: [`podCidr.${family}`], params: { family: familyLabel(family) } })),
  },
  {
    // The page and a plan file keep one value per family field; kubeadm and kubelet read each value's family from
    // the value itself, so a value of the other family (or a list) in a field changes the lists they get.
    id: 'cluster-field-family',
    severity: 'error',
    component: 'cluster',
    phase: 'kubeadm-validate',
    fields: ['podCidr.ipv4', 'podCidr.ipv6', 'serviceCidr.ipv4', 'serviceCidr.ipv6', 'nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      [...ctx.fieldProblems].flatMap(([field, problem]): Finding[] => {
        if (problem.kind !== 'family') return [];
        const params: Params = { what: problem.what, family: familyLabel(problem.family), value: clip(problem.value), ...problem.params };
        if (problem.node) params.node = problem.node.name;
        return [{ fields: [field], params, fixes: problem.fixes }];
      }),
  },
  {
    id: 'cluster-single-stack-services',
    severity: 'warning',
    component: 'cluster',
    phase: 'runtime',
    fields: ['serviceCidr.ipv4', 'serviceCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!(ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2 && ctx.serviceSubnet.valid && ctx.serviceSubnet.cidrs.length === 1)) return [];
      const missing: Family = ctx.serviceSubnet.cidrs[0]!.family === 'ipv4' ? 'ipv6' : 'ipv4';
      return [{ fields: [`serviceCidr.${missing}`], params: { missing: familyLabel(missing), serviceSubnet: ctx.serviceSubnet.text } }];
    },
  },
  {
    id: 'cluster-pod-service-overlap',
    severity: 'warning',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr', 'serviceCidr'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.podSubnet.cidrs.flatMap((pod) =>
        ctx.serviceSubnet.cidrs
          .filter((service) => overlaps(pod, service))
          .map((service) => ({
            fields: [subnetField('pod', pod.family), subnetField('service', service.family)],
            params: { pod: formatCidr(pod), service: formatCidr(service), family: familyLabel(pod.family) },
            fixes: ctx.plan.overrides.serviceSubnet === undefined ? serviceRangeCandidates(pod, service, subnetField('service', service.family)) : [],
          })),
      ),
  },
  {
    id: 'cluster-node-ip-in-cluster-range',
    severity: 'error',
    component: 'cluster',
    phase: 'runtime',
    fields: ['nodes.*.ipv4', 'nodes.*.ipv6', 'advertiseAddress'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const ranges = namedCidrs(ctx);
      const findings: Finding[] = [];
      for (const entry of ctx.nodes) {
        for (const ip of entry.ips) {
          const range = ranges.find((r) => containsIp(r.cidr, ip));
          if (!range) continue;
          findings.push({ fields: [nodeIpField(entry, ip.family)], params: { what: entry.node.name, address: writtenAddress(entry, ip), setting: SETTING[range.kind], cidr: formatCidr(range.cidr) } });
        }
      }
      // A derived advertise address is a node address, already checked above.
      if (ctx.advertise?.ok && ctx.plan.advertiseAddress !== '') {
        const ip = ctx.advertise.ip;
        const range = ranges.find((r) => containsIp(r.cidr, ip));
        if (range) findings.push({ fields: ['advertiseAddress'], params: { what: 'advertiseAddress', address: ctx.advertiseText, setting: SETTING[range.kind], cidr: formatCidr(range.cidr) } });
      }
      return findings;
    },
  },
  {
    id: 'cluster-reserved-range',
    severity: 'error',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr', 'serviceCidr'],
    needs: ['kubeadm'],
    check: (ctx) =>
      namedCidrs(ctx).flatMap(({ kind, cidr }) => {
        const kinds = specialOverlaps(cidr);
        return kinds.length ? [{ fields: [subnetField(kind, cidr.family)], params: { setting: SETTING[kind], cidr: formatCidr(cidr), kinds: kinds.join(', ') } }] : [];
      }),
  },
  {
    id: 'cluster-documentation-prefix',
    severity: 'warning',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr', 'serviceCidr', 'nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      // One finding per documentation prefix, naming every setting inside it.
      const hits = new Map<Cidr, { fields: string[]; places: string[] }>();
      const hit = (doc: Cidr, field: string, place: string): void => {
        const entry = hits.get(doc) ?? { fields: [], places: [] };
        entry.fields.push(field);
        entry.places.push(place);
        hits.set(doc, entry);
      };
      for (const { kind, cidr } of namedCidrs(ctx)) {
        const doc = DOCUMENTATION.find((d) => overlaps(d, cidr));
        if (doc) hit(doc, subnetField(kind, cidr.family), `${SETTING[kind]} ${formatCidr(cidr)}`);
      }
      for (const entry of ctx.nodes) {
        for (const ip of entry.ips) {
          const doc = DOCUMENTATION.find((d) => containsIp(d, ip));
          if (doc) hit(doc, nodeIpField(entry, ip.family), `${entry.node.name} ${writtenAddress(entry, ip)}`);
        }
      }
      return [...hits].map(([doc, { fields, places }]) => ({ fields, params: { places: places.join(', '), count: places.length, prefix: formatCidr(doc) } }));
    },
  },
  {
    id: 'cluster-non-canonical-cidr',
    severity: 'warning',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr', 'serviceCidr'],
    needs: ['kubeadm'],
    check: (ctx) =>
      (['pod', 'service'] as const).flatMap((kind) =>
        (kind === 'pod' ? ctx.podSubnet : ctx.serviceSubnet).pieces.flatMap((piece): Finding[] => {
          if (!piece.parse.ok || !(piece.parse.hostBitsSet || piece.parse.leadingZeros)) return [];
          const family = piece.parse.cidr.family;
          const canonical = piece.parse.canonical;
          const perFamily = ctx.plan.overrides[kind === 'pod' ? 'podSubnet' : 'serviceSubnet'] === undefined;
          return [{
            fields: [subnetField(kind, family)],
            params: { setting: SETTING[kind], value: piece.text, canonical, reason: piece.parse.leadingZeros ? 'leading-zeros' : 'host-bits' },
            fixes: perFamily ? [{ label: 'use-canonical', params: { canonical }, set: [{ field: subnetField(kind, family), value: canonical }] }] : [],
          }];
        }),
      ),
  },
  {
    id: 'cluster-primary-family-mismatch',
    severity: 'info',
    component: 'cluster',
    phase: 'runtime',
    fields: ['podCidr', 'serviceCidr', 'nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const service = ctx.serviceSubnet.valid && ctx.serviceSubnet.cidrs.length === 2 ? ctx.serviceSubnet.firstFamily : null;
      const pod = ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2 ? ctx.podSubnet.firstFamily : null;
      const findings: Finding[] = [];
      if (service && pod && service !== pod) {
        findings.push({ fields: ['podCidr', 'serviceCidr'], params: { what: 'podSubnet', family: familyLabel(pod), serviceFamily: familyLabel(service) } });
      }
      const reference = service ?? pod;
      if (reference) {
        const odd = ctx.nodes.filter((entry) => entry.ips.length === 2 && entry.ips[0]!.family !== entry.ips[1]!.family && entry.ips[0]!.family !== reference);
        if (odd.length) {
          findings.push({
            fields: odd.map((entry) => nodeIpField(entry, entry.ips[0]!.family)),
            params: { what: 'node-ip', nodes: odd.map((entry) => entry.node.name).join(', '), family: familyLabel(odd[0]!.ips[0]!.family), serviceFamily: familyLabel(reference) },
          });
        }
      }
      return findings;
    },
  },
  {
    id: 'cluster-duplicate-node',
    severity: 'error',
    component: 'cluster',
    phase: 'runtime',
    fields: ['nodes.*.name', 'nodes.*.ipv4', 'nodes.*.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const findings: Finding[] = [];
      const names = new Map<string, number>();
      const ips = new Map<string, number>();
      for (const entry of ctx.nodes) {
        const name = entry.node.name;
        const first = names.get(name);
        if (first !== undefined) findings.push({ fields: [`nodes.${entry.index}.name`], params: { kind: 'name', value: name, other: ctx.nodes[first]!.node.name } });
        else names.set(name, entry.index);
        for (const ip of entry.ips) {
          if (ip.value === 0n) continue;
          const key = `${ip.family}:${ip.value}`;
          const owner = ips.get(key);
          if (owner !== undefined && owner !== entry.index) findings.push({ fields: [nodeIpField(entry, ip.family)], params: { kind: 'address', value: writtenAddress(entry, ip), other: ctx.nodes[owner]!.node.name } });
          else ips.set(key, entry.index);
        }
      }
      return findings;
    },
  },
  {
    id: 'cluster-ipv6-service-range-beyond-112',
    severity: 'info',
    component: 'cluster',
    phase: 'runtime',
    fields: ['serviceCidr.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const cidr = ctx.serviceSubnet.byFamily.ipv6;
      return cidr && cidr.prefix < 112 && cidr.prefix >= 108 ? [{ fields: ['serviceCidr.ipv6'], params: { cidr: formatCidr(cidr) } }] : [];
    },
  },
];

export const inputRules: Rule[] = [
  {
    id: 'file-kind-unknown',
    severity: 'error',
    component: 'cluster',
    phase: 'kubeadm-validate',
    fields: [],
    needs: [],
  },
  // Emitted by the file reader (parse/files.ts) about the files themselves.
  { id: 'flannel-yaml-invalid', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], needs: [] },
  { id: 'kubernetes-version-assumed', severity: 'info', component: 'cluster', phase: 'runtime', fields: ['kubernetesVersion'], needs: [] },
  { id: 'flannel-version-assumed', severity: 'info', component: 'flannel', phase: 'runtime', fields: ['flannelVersion'], needs: [] },
  { id: 'flannel-key-not-carried', severity: 'info', component: 'flannel', phase: 'runtime', fields: [], needs: [] },
  { id: 'flannel-net-conf-differs', severity: 'warning', component: 'flannel', phase: 'runtime', fields: [], needs: [] },
];
