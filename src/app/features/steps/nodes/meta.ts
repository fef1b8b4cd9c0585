// Nodes step: a new row's defaults follow the previous row's addresses (and stay marked as examples after the example's).
import { parseIp, formatIp } from '../../../../domain/cidr';
import { EXAMPLE_FIELDS, type Plan, type PlanNode, exampleValues } from '../../../../domain/plan';

function nextAddress(text: string): string {
  const parsed = parseIp(text, 'lenient');
  return parsed.ok ? formatIp({ family: parsed.ip.family, value: parsed.ip.value + 1n }) : '';
}

export function newNode(plan: Plan): PlanNode {
  const last = plan.nodes[plan.nodes.length - 1];
  const used = new Set(plan.nodes.map((n) => n.name));
  let n = plan.nodes.filter((node) => node.role === 'worker').length + 1;
  while (used.has(`worker-${n}`)) n++;
  const node: PlanNode = { name: `worker-${n}`, role: 'worker', ipv4: last ? nextAddress(last.ipv4) : '', ipv6: last ? nextAddress(last.ipv6) : '' };
  // Addresses counted on from the example's are examples too, and so is the name of a row that has one in the files.
  const lastExamples = exampleValues(plan).filter((v) => v.index === plan.nodes.length - 1 && v.field !== 'name');
  const example = EXAMPLE_FIELDS.filter((field) => (field === 'name' ? lastExamples.length > 0 : last?.example?.includes(field)));
  if (example.length) node.example = example;
  return node;
}
