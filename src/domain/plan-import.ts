// A Plan read from files → the per-family form the wizard edits and the permalink carries.
import { type Family, parseCidr, parseIp } from './cidr';
import { type Plan, defaultPlan } from './plan';

function families(text: string | undefined): Family[] {
  return (text ?? '').split(',').flatMap((piece) => {
    const parsed = parseCidr(piece, 'lenient');
    return parsed.ok ? [parsed.cidr.family] : [];
  });
}

/** Keeps what the wizard can express: per-family CIDRs, the podSubnet order, node addresses, Flannel settings. */
export function toWizardPlan(imported: Plan): Plan {
  const plan = JSON.parse(JSON.stringify(imported)) as Plan;
  const podOrder = families(imported.overrides.podSubnet);
  plan.overrides = {};
  if (plan.stack === 'dual' && podOrder.length === 2 && podOrder[0] !== plan.primaryFamily) plan.overrides.podSubnetOrder = podOrder;
  const defaults = defaultPlan();
  for (const family of ['ipv4', 'ipv6'] as const) {
    if (plan.nodeMask[family] === '') plan.nodeMask[family] = defaults.nodeMask[family];
  }
  plan.nodes = imported.nodes.map(({ nodeIp, joinEndpoint: _joinEndpoint, ...node }) => {
    if (nodeIp !== undefined && node.ipv4 === '' && node.ipv6 === '') {
      for (const piece of nodeIp.split(',')) {
        const ip = parseIp(piece.trim(), 'lenient');
        if (ip.ok && node[ip.ip.family] === '') node[ip.ip.family] = piece.trim();
      }
    }
    return node;
  });
  if (plan.nodes.length === 0) plan.nodes = defaults.nodes;
  // Network and IPv6Network follow the pod CIDRs in the wizard; the imported file's own values were checked on import.
  const { backend, enableNFTables, iface } = plan.flannel;
  plan.flannel = { backend, enableNFTables, iface };
  return plan;
}
