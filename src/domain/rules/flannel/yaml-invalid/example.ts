import { MANIFEST, NET_CONF_TEXT, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  failing: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT).replace('  name: kube-flannel-cfg\n', '  name: kube-flannel-cfg\n\tnamespace: kube-flannel\n') }],
  fixed: [{ path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) }],
  versions: { kubernetes: '1.33', flannel: '0.28.9' },
};
