// Every file the wizard offers and `dualstack-wizard generate` writes, from one Plan.
import type { Plan } from '../plan';
import { renderConfigMap, renderHelmValues, renderKustomization, renderNetConf } from './flannel';
import { type RenderedFile, joinFileName, joiningNodes, renderJoinConfig, renderKubeadmConfig } from './kubeadm';
import { renderNextSteps } from './next-steps';
import type { JoinSecrets } from './secrets';

const SINGLE: Record<string, (plan: Plan, secrets?: JoinSecrets) => RenderedFile> = {
  'kubeadm-config.yaml': renderKubeadmConfig,
  'net-conf.json': renderNetConf,
  'kube-flannel-cfg.yaml': renderConfigMap,
  'kustomization.yaml': renderKustomization,
  'flannel-values.yaml': renderHelmValues,
  'NEXT-STEPS.md': renderNextSteps,
};

/** The names of the files for a plan, in order, without rendering them. */
export function fileNames(plan: Plan): string[] {
  return ['kubeadm-config.yaml', ...joiningNodes(plan).map(joinFileName), 'net-conf.json', 'kube-flannel-cfg.yaml', 'kustomization.yaml', 'flannel-values.yaml', 'NEXT-STEPS.md'];
}

/**
 * One file by name, or null when the plan has no such file. Without secrets, kubeadm-config.yaml and the join files
 * hold MASKED_SECRETS (see secrets.ts).
 */
export function renderFile(plan: Plan, name: string, secrets?: JoinSecrets): RenderedFile | null {
  const single = SINGLE[name];
  if (single) return single(plan, secrets);
  const node = joiningNodes(plan).find((n) => joinFileName(n) === name);
  return node ? renderJoinConfig(plan, node, secrets) : null;
}

export function renderAll(plan: Plan, secrets?: JoinSecrets): RenderedFile[] {
  return fileNames(plan).map((name) => renderFile(plan, name, secrets)!);
}
