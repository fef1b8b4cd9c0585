import { isDns1123Subdomain } from '../../../host-port';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  lower?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-node-name',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['nodes.*.name'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.nodes.flatMap(({ node, index }) =>
      isDns1123Subdomain(node.name) ? [] : [{ fields: [`nodes.${index}.name`], params: { value: node.name.slice(0, 80), lower: node.name.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[-.]+|[-.]+$/g, '') } }],
    ),
});
