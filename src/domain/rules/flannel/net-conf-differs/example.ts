import { MANIFEST, NET_CONF_TEXT, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  versions: { kubernetes: '1.33', flannel: '0.28.9' },
  failing: [
    { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT.replace('"EnableIPv6": true,\n  "IPv6Network": "fd00:10:244::/56",\n', '')) },
    { path: 'net-conf.json', text: NET_CONF_TEXT },
  ],
  fixed: [
    { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) },
    { path: 'net-conf.json', text: NET_CONF_TEXT },
  ],
};
