// The form is the Plan itself; the resolver is the shared rule module.
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Plan } from '../domain/plan';
import type { Diagnostic } from '../domain/rules/types';

// The rules load apart from the first screen: the first check waits for an idle moment after hydration anyway.
let rules: Promise<typeof import('../domain/rules/engine')> | undefined;
const loadRules = () => (rules ??= import('../domain/rules/engine'));

/** Fields a diagnostic marks: its own Plan paths, except the patterns a rule declares ("nodes.*.ipv4"). */
export const markedFields = (diagnostic: Diagnostic): string[] => diagnostic.fields.filter((field) => !field.includes('*'));

export const fieldId = (field: string): string => `field-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * The form's resolver: the shared rules. It also hands every result to `publish`, which runs inside the same
 * input event as the form update, so the page renders the new value and its diagnostics in one pass.
 */
export function ruleResolver(publish: (diagnostics: Diagnostic[]) => void): Resolver<Plan> {
  return async (values) => {
    const { runRules } = await loadRules();
    const diagnostics = runRules(values);
    publish(diagnostics);
    const errors: Record<string, unknown> = {};
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity !== 'error') continue;
      for (const field of markedFields(diagnostic)) setPath(errors, field, { type: diagnostic.rule, message: diagnostic.rule });
    }
    // There is no submit: errors block nothing, they keep react-hook-form's own state in step with the rules.
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<Plan> } : { values, errors: {} };
  };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1]!] ??= value;
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
