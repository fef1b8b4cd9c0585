// Every file the wizard offers and `dualstack-wizard generate` writes, from one Plan.
import type { Plan } from '../plan';
import { renderConfigMap, renderHelmValues, renderKustomization, renderNetConf } from './flannel';
import { type RenderedFile, renderJoinConfigs, renderKubeadmConfig } from './kubeadm';
import { renderNextSteps } from './next-steps';

export function renderAll(plan: Plan): RenderedFile[] {
  return [
    renderKubeadmConfig(plan),
    ...renderJoinConfigs(plan),
    renderNetConf(plan),
    renderConfigMap(plan),
    renderKustomization(plan),
    renderHelmValues(plan),
    renderNextSteps(plan),
  ];
}
