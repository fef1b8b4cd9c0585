// kubelet --node-ip: parsed when kubelet starts, per node.
import type { NodeIps, RuleContext } from '../context';

export const isUnspecified = (ip: { value: bigint }): boolean => ip.value === 0n;

/** A node whose per-family field holds a typo: the field's own rule says it there, the node-ip rules stay silent. */
export const hasFieldProblem = (ctx: RuleContext, entry: NodeIps): boolean =>
  ctx.stackFamilies.some((family) => ctx.fieldProblems.has(`nodes.${entry.index}.${family}`));

export function nodeFields({ index, node }: NodeIps): string[] {
  return node.nodeIp !== undefined ? [`nodes.${index}.nodeIp`] : [`nodes.${index}.ipv4`, `nodes.${index}.ipv6`];
}

// Before 1.27 kubelet server.go parsed --node-ip itself, with other wording, and refused a dual-stack one with any
// --cloud-provider; PR #116305 (1.27) moved it to component-helpers and added CloudDualStackNodeIPs for "external".
export const legacy = (minor: number): { parser?: string } => (minor < 27 ? { parser: 'legacy' } : {});
