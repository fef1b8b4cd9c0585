import { MANIFEST, NET_CONF_TEXT, type RuleExample, netConf } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  versions: { kubernetes: '1.33' },
  failing: netConf(NET_CONF_TEXT),
  fixed: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) }],
};
