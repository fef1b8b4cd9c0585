import { type Cidr, containsIp, formatCidr, overlaps } from '../../../cidr';
import { nodeIpField, writtenAddress } from '../../context';
import { DOCUMENTATION, SETTING, namedCidrs } from '../../helpers/addressing';
import { subnetField } from '../../helpers/kubeadm';
import { defineRule, type Finding } from '../../types';

/** The parameters its findings carry: all its words may read. */
export type RuleParams = {
  count?: string | number;
  places?: string | number;
  prefix?: string | number;
};

export const rule = defineRule({
  id: 'cluster-documentation-prefix',
  severity: 'warning',
  component: 'cluster',
  phase: 'runtime',
  fields: ['podCidr', 'serviceCidr', 'nodes.*.ipv4', 'nodes.*.ipv6'],
  needs: ['kubeadm'],
  check: (ctx): Finding<RuleParams>[] => {
    // One finding per documentation prefix, naming every setting inside it.
    const hits = new Map<Cidr, { fields: string[]; places: string[] }>();
    const hit = (doc: Cidr, field: string, place: string): void => {
      const entry = hits.get(doc) ?? { fields: [], places: [] };
      entry.fields.push(field);
      entry.places.push(place);
      hits.set(doc, entry);
    };
    for (const { kind, cidr } of namedCidrs(ctx)) {
      const doc = DOCUMENTATION.find((d) => overlaps(d, cidr));
      if (doc) hit(doc, subnetField(kind, cidr.family), `${SETTING[kind]} ${formatCidr(cidr)}`);
    }
    for (const entry of ctx.nodes) {
      for (const ip of entry.ips) {
        const doc = DOCUMENTATION.find((d) => containsIp(d, ip));
        if (doc) hit(doc, nodeIpField(entry, ip.family), `${entry.node.name} ${writtenAddress(entry, ip)}`);
      }
    }
    return [...hits].map(([doc, { fields, places }]) => ({ fields, params: { places: places.join(', '), count: places.length, prefix: formatCidr(doc) } }));
  },
});
