// Cluster step: the four stack choices (the versions offered are shared/version-options.ts).
import type { Family } from '../../../../domain/cidr';
import type { Stack } from '../../../../domain/plan';

export type StackChoice = 'ipv4' | 'ipv6' | 'dual4' | 'dual6';
export const STACK_CHOICES: Array<{ choice: StackChoice; stack: Stack; primaryFamily: Family }> = [
  { choice: 'dual4', stack: 'dual', primaryFamily: 'ipv4' },
  { choice: 'dual6', stack: 'dual', primaryFamily: 'ipv6' },
  { choice: 'ipv4', stack: 'ipv4', primaryFamily: 'ipv4' },
  { choice: 'ipv6', stack: 'ipv6', primaryFamily: 'ipv6' },
];

export function choiceOf(stack: Stack, primaryFamily: Family): StackChoice {
  return stack === 'dual' ? (primaryFamily === 'ipv4' ? 'dual4' : 'dual6') : stack;
}
