// Every rule, by component. The page, the CLI and the tests all read this list.
import { addressingRules, inputRules } from './addressing';
import { clusterStateRules } from './cluster-state';
import { flannelFieldRules, flannelRules } from './flannel';
import { apiserverRules } from './kube-apiserver';
import { controllerManagerRules } from './kube-controller-manager';
import { kubeProxyRules } from './kube-proxy';
import { kubeadmRules } from './kubeadm';
import { kubeletRules } from './kubelet';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  ...kubeadmRules,
  ...apiserverRules,
  ...controllerManagerRules,
  ...kubeletRules,
  ...kubeProxyRules,
  ...flannelRules,
  ...flannelFieldRules,
  ...addressingRules,
  ...clusterStateRules,
  ...inputRules,
];

const BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
