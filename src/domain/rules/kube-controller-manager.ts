// kube-controller-manager node IPAM: what it refuses, and how many nodes get a podCIDR.
import { type Family, cidrSize, containsCidr, familyLabel, overlaps } from '../cidr';
import { DEFAULT_MAX_PODS } from '../plan';
import type { RuleContext } from './context';
import type { Finding, Rule } from './types';

const LEGACY_MASK = 'node-cidr-mask-size';

function singleStackFamily(ctx: RuleContext): Family | null {
  return ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 1 ? ctx.podSubnet.cidrs[0]!.family : null;
}

/** Node blocks of a pod CIDR that the allocator can hand out: it pre-occupies blocks overlapping Service CIDRs. */
export function allocatableBlocks(ctx: RuleContext, family: Family): { total: bigint; usable: bigint; mask: number } | null {
  const pod = ctx.podSubnet.byFamily[family];
  const mask = ctx.nodeMask[family];
  if (!pod || mask === null || mask < pod.prefix || mask - pod.prefix > 64) return null;
  const total = 1n << BigInt(mask - pod.prefix);
  let lost = 0n;
  for (const service of ctx.serviceSubnet.cidrs) {
    if (!overlaps(service, pod)) continue;
    if (service.prefix >= mask) lost += 1n; // the service range sits inside one block
    else if (containsCidr(pod, service)) lost += cidrSize(service) / (1n << BigInt((family === 'ipv4' ? 32 : 128) - mask));
    else lost = total; // the service range covers the whole pod CIDR
  }
  return { total, usable: total > lost ? total - lost : 0n, mask };
}

export const controllerManagerRules: Rule[] = [
  {
    id: 'controller-manager-legacy-mask-dual-stack',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['podCidr'],
    needs: ['kubeadm'],
    check: (ctx) =>
      ctx.allocateNodeCidrs && LEGACY_MASK in ctx.controllerManagerArgs && ctx.podSubnet.valid && ctx.podSubnet.cidrs.length === 2
        ? [{ params: { value: ctx.controllerManagerArgs[LEGACY_MASK]! } }]
        : [],
  },
  {
    id: 'controller-manager-legacy-and-family-mask',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.allocateNodeCidrs || !(LEGACY_MASK in ctx.controllerManagerArgs) || singleStackFamily(ctx) === null) return [];
      const family = (['ipv4', 'ipv6'] as const).filter((f) => `${LEGACY_MASK}-${f}` in ctx.controllerManagerArgs);
      return family.length ? [{ fields: family.map((f) => `nodeMask.${f}`), params: { flags: family.map((f) => `--${LEGACY_MASK}-${f}`).join(', ') } }] : [];
    },
  },
  {
    id: 'controller-manager-mask-wrong-family',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) => {
      const family = singleStackFamily(ctx);
      if (!ctx.allocateNodeCidrs || family === null) return [];
      const other: Family = family === 'ipv4' ? 'ipv6' : 'ipv4';
      const flag = `${LEGACY_MASK}-${other}`;
      return flag in ctx.controllerManagerArgs ? [{ fields: [`nodeMask.${other}`], params: { flag, family: familyLabel(family) } }] : [];
    },
  },
  {
    id: 'controller-manager-node-capacity',
    severity: 'error',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['podCidr.ipv4', 'podCidr.ipv6', 'nodeMask.ipv4', 'nodeMask.ipv6', 'nodes'],
    needs: ['kubeadm'],
    check: (ctx) => {
      if (!ctx.allocateNodeCidrs || !ctx.podSubnet.valid) return [];
      const nodes = BigInt(Math.max(ctx.plan.nodes.length, 1));
      return ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
        const blocks = allocatableBlocks(ctx, pod.family);
        if (!blocks || blocks.usable >= nodes) return [];
        const needed = Number(nodes) + Number(blocks.total - blocks.usable);
        // IPv6 blocks stay huge at +16 bits; IPv4 grows only as far as the node count needs.
        const suggestedMask = pod.family === 'ipv6' ? Math.min(pod.prefix + 16, 120) : Math.min(pod.prefix + Math.ceil(Math.log2(needed)), 30);
        return [{
          fields: [`podCidr.${pod.family}`, `nodeMask.${pod.family}`],
          params: {
            cidr: ctx.podSubnet.pieces.find((p) => p.parse.ok && p.parse.cidr === pod)?.text ?? '',
            mask: blocks.mask,
            prefix: pod.prefix,
            blocks: String(blocks.total),
            usable: String(blocks.usable),
            nodes: String(nodes),
            flag: `node-cidr-mask-size-${pod.family}`,
          },
          fixes: suggestedMask > blocks.mask && suggestedMask - pod.prefix <= 16 && (1n << BigInt(suggestedMask - pod.prefix)) >= BigInt(needed)
            ? [{ label: 'set-node-mask', params: { flag: `node-cidr-mask-size-${pod.family}`, mask: suggestedMask }, set: [{ field: `nodeMask.${pod.family}`, value: String(suggestedMask) }] }]
            : [],
        }];
      });
    },
  },
  {
    id: 'controller-manager-pods-per-node',
    severity: 'warning',
    component: 'kube-controller-manager',
    phase: 'runtime',
    fields: ['nodeMask.ipv4', 'nodeMask.ipv6'],
    needs: ['kubeadm'],
    check: (ctx) =>
      !ctx.allocateNodeCidrs
        ? []
        : ctx.podSubnet.cidrs.flatMap((pod): Finding[] => {
            const mask = ctx.nodeMask[pod.family];
            const bits = pod.family === 'ipv4' ? 32 : 128;
            if (mask === null || mask < pod.prefix || mask > bits) return [];
            const addresses = (1n << BigInt(bits - mask)) - 2n;
            return addresses < BigInt(DEFAULT_MAX_PODS)
              ? [{ fields: [`nodeMask.${pod.family}`], params: { mask, addresses: String(addresses < 0n ? 0n : addresses), maxPods: DEFAULT_MAX_PODS, family: familyLabel(pod.family) } }]
              : [];
          }),
  },
];
