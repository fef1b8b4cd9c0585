// Nodes step: a new row's defaults follow the previous row's addresses.
import { parseIp, formatIp } from '../../../domain/cidr';
import type { Plan, PlanNode } from '../../../domain/plan';

function nextAddress(text: string): string {
  const parsed = parseIp(text, 'lenient');
  return parsed.ok ? formatIp({ family: parsed.ip.family, value: parsed.ip.value + 1n }) : '';
}

export function newNode(plan: Plan): PlanNode {
  const last = plan.nodes[plan.nodes.length - 1];
  const used = new Set(plan.nodes.map((n) => n.name));
  let n = plan.nodes.filter((node) => node.role === 'worker').length + 1;
  while (used.has(`worker-${n}`)) n++;
  return { name: `worker-${n}`, role: 'worker', ipv4: last ? nextAddress(last.ipv4) : '', ipv6: last ? nextAddress(last.ipv6) : '' };
}
