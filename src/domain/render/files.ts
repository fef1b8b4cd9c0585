// Every file the wizard offers and `dualstack-wizard generate` writes, from one Plan.
import type { Plan } from '../plan';
import { renderConfigMap, renderHelmValues, renderKustomization, renderNetConf } from './flannel';
import { joinFileNames, renderJoinConfig, renderKubeadmConfig } from './kubeadm';
import type { RenderedFile } from './types';
import { renderNextSteps } from './next-steps';
import type { JoinSecrets } from './secrets';
import type { RenderWords } from './words';
import { renderWordsEn } from './words.en';

export interface RenderOptions {
  /** The language of comments, annotations and NEXT-STEPS.md; English when absent. */
  words?: RenderWords;
}

const SINGLE: Record<string, (plan: Plan, secrets: JoinSecrets | undefined, words: RenderWords) => RenderedFile> = {
  'kubeadm-config.yaml': renderKubeadmConfig,
  'net-conf.json': (plan, _secrets, words) => renderNetConf(plan, words),
  'kube-flannel-cfg.yaml': (plan, _secrets, words) => renderConfigMap(plan, words),
  'kustomization.yaml': (plan, _secrets, words) => renderKustomization(plan, words),
  'flannel-values.yaml': (plan, _secrets, words) => renderHelmValues(plan, words),
  'NEXT-STEPS.md': (plan, _secrets, words) => renderNextSteps(plan, words),
};

/** The names of the files for a plan, in order, without rendering them. */
export function fileNames(plan: Plan): string[] {
  return ['kubeadm-config.yaml', ...joinFileNames(plan).values(), 'net-conf.json', 'kube-flannel-cfg.yaml', 'kustomization.yaml', 'flannel-values.yaml', 'NEXT-STEPS.md'];
}

/**
 * One file by name, or null when the plan has no such file. Without secrets, kubeadm-config.yaml and the join files
 * hold MASKED_SECRETS (see secrets.ts).
 */
export function renderFile(plan: Plan, name: string, secrets?: JoinSecrets, options: RenderOptions = {}): RenderedFile | null {
  const words = options.words ?? renderWordsEn;
  const single = SINGLE[name];
  if (single) return single(plan, secrets, words);
  const node = [...joinFileNames(plan)].find(([, file]) => file === name)?.[0];
  return node ? renderJoinConfig(plan, node, secrets, words) : null;
}

export function renderAll(plan: Plan, secrets?: JoinSecrets, options: RenderOptions = {}): RenderedFile[] {
  // The join files' names once for all of them: linear in nodes (a 5,000-node cluster read from kubectl).
  const words = options.words ?? renderWordsEn;
  const joins = joinFileNames(plan);
  const render = (name: string): RenderedFile => SINGLE[name]!(plan, secrets, words);
  return [render('kubeadm-config.yaml'), ...[...joins].map(([node, name]) => renderJoinConfig(plan, node, secrets, words, name)), ...fileNames(plan).slice(1 + joins.size).map(render)];
}
