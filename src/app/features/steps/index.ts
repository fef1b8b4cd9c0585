// The wizard's steps: the view of each (the Cluster step at once, the others when first opened) and the stepper.
import type { ComponentType } from 'react';
import type { StepId } from '../../shared/form';
import { ClusterStep } from './cluster';
import { FlannelStep } from './flannel';
import { NodesStep } from './nodes';
import { PodsStep } from './pods';
import { ReviewStep } from './review';
import { ServicesStep } from './services';

export const STEP_VIEWS: Record<StepId, ComponentType> = {
  cluster: ClusterStep,
  pods: PodsStep,
  services: ServicesStep,
  nodes: NodesStep,
  flannel: FlannelStep,
  review: ReviewStep,
};

export { Stepper } from './stepper';
