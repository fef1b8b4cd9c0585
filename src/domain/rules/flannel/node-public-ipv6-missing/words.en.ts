import { s } from '../../helpers/words.en';
import type { RuleText } from '../../types';
import type { RuleParams } from './rule';

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'outcome') === 'no-lease'
      ? `Flannel has not annotated ${s(p, 'nodes')}, though net-conf.json enables IPv6`
      : `${s(p, 'nodes')}: no flannel.alpha.coreos.com/public-ipv6 annotation, though net-conf.json enables IPv6`,
  reads: () =>
    'Each flanneld writes flannel.alpha.coreos.com/public-ip and public-ipv6 on its own node when it takes its lease, and turns every other node marked kube-subnet-manager "true" into routes; with EnableIPv6 it needs that node\'s public-ipv6 to do so.',
  happens: (p) =>
    s(p, 'outcome') === 'no-lease'
      ? 'The other flanneld instances skip nodes without the kube-subnet-manager annotation, so these nodes get no routes: kube-flannel has not started on them, or failed before taking its lease.'
      : `Every flanneld with EnableIPv6 logs 'Error turning node "<node>" to lease: ${s(p, 'error') || 'Invalid IP address format'}' for these nodes and sets up no route to their pod subnets, in either family, so their pods cannot reach pods on other nodes. The annotation is missing when flanneld on the node has not run with this net-conf.json: its pod still runs with the one it read before IPv6 was added (flanneld reads net-conf.json once, at start), or it fails before taking its lease (no IPv6 address or default route).`,
  fix: () =>
    'Restart kube-flannel so that every pod reads the current net-conf.json: `kubectl -n kube-flannel rollout restart daemonset kube-flannel-ds` (namespace kube-system before v0.19.0). If a node still has no public-ipv6, read its kube-flannel log: `kubectl -n kube-flannel logs POD -c kube-flannel`.',
};
