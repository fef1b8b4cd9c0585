// The form is the Plan itself; the resolver is the shared rule module, run by the engine worker.
import type { Resolver } from 'react-hook-form';
import type { Plan } from '../../domain/plan';
import type { Diagnostic } from '../../domain/rules/types';
import { afterNextPaint } from './after-paint';
import { engine, unlessSuperseded } from '../engine/client';

/** Fields a diagnostic marks: its own Plan paths, except the patterns a rule declares ("nodes.*.ipv4"). */
export const markedFields = (diagnostic: Diagnostic): string[] => diagnostic.fields.filter((field) => !field.includes('*'));

export const fieldId = (field: string): string => `field-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * The form's resolver: the shared rules, asked of the engine worker (engine/client.ts) in a task after the
 * keystroke's frame has been painted; their answer goes to `publish`, which every field, the stepper and the problem
 * list read. Keystrokes typed before that task runs are checked once, with the latest values. The resolver itself returns at once, without errors: there is no submit,
 * so react-hook-form's own error state is never read.
 */
export function ruleResolver(publish: (diagnostics: Diagnostic[]) => void): Resolver<Plan> {
  let pending: Plan | null = null;
  const check = () => {
    // react-hook-form passes its live values object, so this is the latest state of the form.
    const values = pending;
    pending = null;
    if (values) engine.ask('rules', values).then(publish, unlessSuperseded);
  };
  return (values) => {
    if (!pending) afterNextPaint(check);
    pending = values;
    return { values, errors: {} };
  };
}

export type StepId = 'cluster' | 'pods' | 'services' | 'nodes' | 'flannel' | 'review';
export const STEPS: StepId[] = ['cluster', 'pods', 'services', 'nodes', 'flannel', 'review'];

/** Which step shows a Plan field. */
export function stepOf(field: string): StepId {
  if (/^(kubernetesVersion|flannelVersion|stack|primaryFamily)/.test(field)) return 'cluster';
  if (/^(podCidr|nodeMask|overrides\.podSubnet)/.test(field)) return 'pods';
  if (/^(serviceCidr|dnsDomain)/.test(field)) return 'services';
  if (/^(nodes|controlPlaneEndpoint|advertiseAddress|bindPort)/.test(field)) return 'nodes';
  if (/^flannel/.test(field)) return 'flannel';
  return 'review';
}

export function diagnosticStep(diagnostic: Diagnostic): StepId {
  return stepOf(diagnostic.fields[0] ?? '');
}
