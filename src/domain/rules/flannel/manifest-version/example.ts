import { MANIFEST, NET_CONF_TEXT, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.26.7', NET_CONF_TEXT) }],
  fixed: null,
};
