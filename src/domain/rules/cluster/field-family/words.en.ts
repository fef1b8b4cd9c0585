import { s } from '../../helpers/words.en';
import type { Params, RuleText } from '../../types';
import type { RuleParams } from './rule';

const fieldNameEn = (p: Params): string =>
  s(p, 'what') === 'node' ? `The ${s(p, 'family')} address field of ${s(p, 'node')}` : `The ${s(p, 'family')} ${s(p, 'what') === 'pod' ? 'pod' : 'Service'} CIDR field`;

export const en: RuleText<RuleParams> = {
  message: (p) =>
    s(p, 'hint') === 'list'
      ? `${fieldNameEn(p)} holds ${s(p, 'count')} ${s(p, 'what') === 'node' ? 'addresses' : 'CIDRs'}, "${s(p, 'value')}"; it takes one`
      : `${fieldNameEn(p)} holds an ${s(p, 'found')} ${s(p, 'what') === 'node' ? 'address' : 'CIDR'}, "${s(p, 'value')}"`,
  reads: (p) =>
    s(p, 'what') === 'node'
      ? 'The wizard joins a node\'s IPv4 and IPv6 fields into kubelet --node-ip; kubelet takes each entry\'s family from the address, not from the field.'
      : `The wizard joins the IPv4 and IPv6 fields into ${s(p, 'what') === 'pod' ? 'podSubnet' : 'serviceSubnet'}; kubeadm and the components take each entry's family from the address, not from the field.`,
  happens: (p) =>
    s(p, 'what') === 'node'
      ? 'Two addresses of one family, or more than two, make kubelet exit with \'bad --node-ip "…": must contain either a single IP or a dual-stack pair of IPs\'; otherwise the node gets an address of another family than the plan gives it.'
      : `Two CIDRs of one family, or more than two, make \`kubeadm init\` stop with "expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking"; otherwise the cluster gets another family than the stack you chose${s(p, 'what') === 'pod' ? ', and Flannel, which reads Network as IPv4 only, exits' : ''}.`,
  fix: (p) => (s(p, 'hint') === 'list' ? `Keep one ${s(p, 'family')} value in this field.` : `Write an ${s(p, 'family')} value here, and the ${s(p, 'found')} one in its own field.`),
};
