// A Plan from untrusted JSON (`generate --plan`): every field type-checked, anything wrong replaced by its default.
import { type FlannelBackend, type Plan, type PlanNode, defaultPlan } from './plan';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

export interface PlanFromJson {
  plan: Plan;
  /** Dotted paths of values that were missing the right type and fell back to the default. */
  problems: string[];
}

export function planFromJson(input: unknown): PlanFromJson {
  const plan = defaultPlan();
  const problems: string[] = [];
  if (!isObj(input)) return { plan, problems: ['(root): not an object'] };
  const str = (o: Obj, key: string, path: string, set: (v: string) => void): void => {
    const v = own(o, key);
    if (v === undefined) return;
    if (typeof v === 'string' && v.length <= 1000) set(v);
    else problems.push(path);
  };
  const num = (o: Obj, key: string, path: string, set: (v: number) => void): void => {
    const v = own(o, key);
    if (v === undefined) return;
    if (typeof v === 'number' && Number.isFinite(v)) set(v);
    else problems.push(path);
  };
  const bool = (o: Obj, key: string, path: string, set: (v: boolean) => void): void => {
    const v = own(o, key);
    if (v === undefined) return;
    if (typeof v === 'boolean') set(v);
    else problems.push(path);
  };
  str(input, 'kubernetesVersion', 'kubernetesVersion', (v) => (plan.kubernetesVersion = v));
  str(input, 'flannelVersion', 'flannelVersion', (v) => (plan.flannelVersion = v));
  str(input, 'stack', 'stack', (v) => (v === 'ipv4' || v === 'ipv6' || v === 'dual' ? (plan.stack = v) : problems.push('stack')));
  str(input, 'primaryFamily', 'primaryFamily', (v) => (v === 'ipv4' || v === 'ipv6' ? (plan.primaryFamily = v) : problems.push('primaryFamily')));
  for (const group of ['podCidr', 'serviceCidr', 'nodeMask'] as const) {
    const value = own(input, group);
    if (value === undefined) continue;
    if (!isObj(value)) {
      problems.push(group);
      continue;
    }
    for (const family of ['ipv4', 'ipv6'] as const) str(value, family, `${group}.${family}`, (v) => (plan[group][family] = v));
  }
  str(input, 'dnsDomain', 'dnsDomain', (v) => (plan.dnsDomain = v));
  str(input, 'controlPlaneEndpoint', 'controlPlaneEndpoint', (v) => (plan.controlPlaneEndpoint = v));
  str(input, 'advertiseAddress', 'advertiseAddress', (v) => (plan.advertiseAddress = v));
  num(input, 'bindPort', 'bindPort', (v) => (plan.bindPort = v));
  const nodes = own(input, 'nodes');
  if (nodes !== undefined) {
    if (!Array.isArray(nodes)) problems.push('nodes');
    else {
      plan.nodes = [];
      nodes.slice(0, 500).forEach((raw, i) => {
        if (!isObj(raw)) return void problems.push(`nodes.${i}`);
        const node: PlanNode = { name: `node-${i + 1}`, role: 'worker', ipv4: '', ipv6: '' };
        str(raw, 'name', `nodes.${i}.name`, (v) => (node.name = v));
        str(raw, 'role', `nodes.${i}.role`, (v) => (v === 'control-plane' || v === 'worker' ? (node.role = v) : problems.push(`nodes.${i}.role`)));
        str(raw, 'ipv4', `nodes.${i}.ipv4`, (v) => (node.ipv4 = v));
        str(raw, 'ipv6', `nodes.${i}.ipv6`, (v) => (node.ipv6 = v));
        str(raw, 'nodeIp', `nodes.${i}.nodeIp`, (v) => (node.nodeIp = v));
        str(raw, 'joinEndpoint', `nodes.${i}.joinEndpoint`, (v) => (node.joinEndpoint = v));
        plan.nodes.push(node);
      });
    }
  }
  const flannel = own(input, 'flannel');
  if (flannel !== undefined) {
    if (!isObj(flannel)) problems.push('flannel');
    else {
      const backend = own(flannel, 'backend');
      if (backend === null) plan.flannel.backend = null;
      else if (isObj(backend)) {
        const b: FlannelBackend = { type: 'vxlan' };
        str(backend, 'type', 'flannel.backend.type', (v) => (b.type = v));
        for (const key of ['vni', 'port', 'mtu', 'listenPort', 'listenPortV6', 'persistentKeepaliveInterval'] as const) num(backend, key, `flannel.backend.${key}`, (v) => (b[key] = v));
        for (const key of ['directRouting', 'gbp', 'learning', 'udpEncap'] as const) bool(backend, key, `flannel.backend.${key}`, (v) => (b[key] = v));
        for (const key of ['psk', 'mode', 'macPrefix', 'name', 'espProposal'] as const) str(backend, key, `flannel.backend.${key}`, (v) => (b[key] = v));
        plan.flannel.backend = b;
      } else if (backend !== undefined) problems.push('flannel.backend');
      bool(flannel, 'enableNFTables', 'flannel.enableNFTables', (v) => (plan.flannel.enableNFTables = v));
      str(flannel, 'iface', 'flannel.iface', (v) => (plan.flannel.iface = v));
      str(flannel, 'network', 'flannel.network', (v) => (plan.flannel.network = v));
      str(flannel, 'ipv6Network', 'flannel.ipv6Network', (v) => (plan.flannel.ipv6Network = v));
      bool(flannel, 'enableIPv4', 'flannel.enableIPv4', (v) => (plan.flannel.enableIPv4 = v));
      bool(flannel, 'enableIPv6', 'flannel.enableIPv6', (v) => (plan.flannel.enableIPv6 = v));
      for (const key of ['subnetLen', 'ipv6SubnetLen'] as const) num(flannel, key, `flannel.${key}`, (v) => (plan.flannel[key] = v));
      for (const key of ['subnetMin', 'subnetMax', 'ipv6SubnetMin', 'ipv6SubnetMax'] as const) str(flannel, key, `flannel.${key}`, (v) => (plan.flannel[key] = v));
    }
  }
  const overrides = own(input, 'overrides');
  if (overrides !== undefined) {
    if (!isObj(overrides)) problems.push('overrides');
    else {
      const o = plan.overrides;
      for (const key of ['podSubnetOrder', 'serviceSubnetOrder'] as const) {
        const v = own(overrides, key);
        if (v === undefined) continue;
        if (Array.isArray(v) && v.length === 2 && v.every((f) => f === 'ipv4' || f === 'ipv6') && v[0] !== v[1]) o[key] = v as Plan['overrides']['podSubnetOrder'];
        else problems.push(`overrides.${key}`);
      }
      for (const key of ['podSubnet', 'serviceSubnet', 'kubeProxyClusterCidr', 'cloudProvider', 'kubeadmApiVersion'] as const) str(overrides, key, `overrides.${key}`, (v) => (o[key] = v));
      bool(overrides, 'advertiseAddressAutoDetect', 'overrides.advertiseAddressAutoDetect', (v) => (o.advertiseAddressAutoDetect = v));
      const args = own(overrides, 'controllerManagerArgs');
      if (args !== undefined) {
        if (isObj(args) && Object.values(args).every((v) => typeof v === 'string')) o.controllerManagerArgs = Object.fromEntries(Object.entries(args)) as Record<string, string>;
        else problems.push('overrides.controllerManagerArgs');
      }
    }
  }
  return { plan, problems };
}
