import { splitHostPort } from '../../../host-port';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  error?: string | number;
  node?: string | number;
  value?: string | number;
};

export const rule = defineRule({
  id: 'kubeadm-join-endpoint',
  severity: 'error',
  component: 'kubeadm',
  phase: 'kubeadm-validate',
  fields: ['nodes.*.joinEndpoint'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] =>
    ctx.nodes.flatMap(({ node, index }) => {
      if (node.joinEndpoint === undefined) return [];
      const split = splitHostPort(node.joinEndpoint);
      if (split.ok) return [];
      return [{ fields: [`nodes.${index}.joinEndpoint`], params: { node: node.name, value: node.joinEndpoint, error: split.error } }];
    }),
});
