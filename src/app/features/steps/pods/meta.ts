// Pod step: capacity beside the fields, and a random RFC 4193 ULA prefix.
import type { Family } from '../../../../domain/cidr';
import type { Plan } from '../../../../domain/plan';
import { powerText } from '../../../../domain/plan';
import { resolvePlan } from '../../../../domain/resolve';

export interface CapacityText {
  formula: string;
  nodes: string;
  podIps: string;
}

export function capacityText(plan: Plan, family: Family): CapacityText | null {
  const c = resolvePlan(plan).capacity[family];
  if (!c) return null;
  const bits = family === 'ipv4' ? 32 : 128;
  return { formula: `2^(${c.nodeMask}−${c.podPrefix})`, nodes: powerText(c.nodeMask - c.podPrefix), podIps: powerText(bits - c.nodeMask, 2) };
}

/** fd00::/8 with a random 40-bit Global ID (RFC 4193 §3.2): a /56 for pods, a /112 for Services under the same /48. */
export function randomUla(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): { pod: string; service: string } {
  const id = random(new Uint8Array(5));
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const g1 = `fd${hex(id[0]!)}`;
  const g2 = `${hex(id[1]!)}${hex(id[2]!)}`.replace(/^0+(?=.)/, '');
  const g3 = `${hex(id[3]!)}${hex(id[4]!)}`.replace(/^0+(?=.)/, '');
  return { pod: `${g1}:${g2}:${g3}::/56`, service: `${g1}:${g2}:${g3}:100::/112` };
}
