import { MANIFEST, NET_CONF_TEXT, NODE, NODES, type RuleExample } from '../../example-kit';

export const example: RuleExample = {
  kind: 'files',
  versions: { kubernetes: '1.33' },
  failing: [
    { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) },
    NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true, publicIpv6: 'fd00:192:168:10::11' }), NODE('w-1', ['10.244.1.0/24', 'fd00:10:244:1::/64'])]),
  ],
  fixed: [
    { path: 'kube-flannel.yml', text: MANIFEST('ghcr.io/flannel-io/flannel:v0.28.9', NET_CONF_TEXT) },
    NODES([NODE('cp-1', ['10.244.0.0/24', 'fd00:10:244::/64'], { controlPlane: true, publicIpv6: 'fd00:192:168:10::11' }), NODE('w-1', ['10.244.1.0/24', 'fd00:10:244:1::/64'], { publicIpv6: 'fd00:192:168:10::21' })]),
  ],
};
