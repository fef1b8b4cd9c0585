// A running cluster's state as kubectl prints it: `kubectl get nodes -o yaml|json` (a List of Nodes, or one Node) and
// the kubeadm-config ConfigMap of kube-system, whose data.ClusterConfiguration holds kubeadm's ClusterConfiguration
// as a YAML string (kubeadm uploadconfig.go UploadConfiguration).
import { type ClusterNode, FLANNEL_ANNOTATIONS, FLANNEL_ANNOTATION_PREFIX } from '../cluster';
import type { Diagnostic, SourceLocation } from '../rules/types';
import { type KubeadmParse, parseKubeadm } from './kubeadm';
import type { YamlLoad } from './yaml';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The kinds of Kubernetes objects this module reads from kubectl's JSON output (anything else JSON is a net-conf.json). */
export const KUBECTL_JSON_KINDS = ['List', 'NodeList', 'Node', 'ConfigMap', 'DaemonSet'];

const isNode = (doc: unknown): doc is Obj => isObj(doc) && doc.kind === 'Node';

/** `kubectl get nodes -o yaml` prints a List (kind List, or NodeList from the API) of Nodes; `kubectl get node NAME` one Node. */
export function isNodesDocument(doc: unknown): boolean {
  if (isNode(doc)) return true;
  return isObj(doc) && (doc.kind === 'List' || doc.kind === 'NodeList') && Array.isArray(doc.items) && doc.items.some(isNode);
}

export function isKubeadmConfigMapDocument(doc: unknown): boolean {
  return isObj(doc) && doc.kind === 'ConfigMap' && isObj(doc.data) && typeof doc.data.ClusterConfiguration === 'string';
}

/** The most parts of a path readNodes looks up (items.N.metadata.annotations.KEY), so deeper lines need not be kept. */
export const NODE_PATH_DEPTH = 5;

/** Where a node's values sit in its file. */
export interface NodeWhere {
  name: SourceLocation;
  podCidrs: SourceLocation;
  internalIps: SourceLocation;
  annotations: SourceLocation;
  /** By Flannel annotation name. */
  flannel: Partial<Record<string, SourceLocation>>;
}

export interface NodesRead {
  nodes: Array<{ node: ClusterNode; where: NodeWhere }>;
}

// kubeadm labels control-plane nodes node-role.kubernetes.io/control-plane; older releases …/master, which KEP-2067 retired.
const CONTROL_PLANE_LABELS = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];

export function readNodes(file: string, loaded: Extract<YamlLoad, { ok: true }>): NodesRead {
  const nodes: NodesRead['nodes'] = [];
  loaded.documents.forEach((doc, index) => {
    const lines = loaded.lines[index] ?? new Map<string, number>();
    const items: Array<[Obj, string]> = isNode(doc)
      ? [[doc, '']]
      : isObj(doc) && Array.isArray(doc.items)
        ? doc.items.flatMap((item, i): Array<[Obj, string]> => (isNode(item) ? [[item, `items.${i}.`]] : []))
        : [];
    for (const [item, prefix] of items) {
      const at = (...paths: string[]): SourceLocation => {
        for (const path of paths) {
          const line = lines.get(prefix + path);
          if (line) return { file, line, path: `${prefix}${path}` };
        }
        return { file, ...(lines.get(`${prefix}metadata`) ? { line: lines.get(`${prefix}metadata`)! } : {}) };
      };
      const metadata = isObj(item.metadata) ? item.metadata : {};
      const spec = isObj(item.spec) ? item.spec : {};
      const status = isObj(item.status) ? item.status : {};
      const labels = isObj(metadata.labels) ? metadata.labels : {};
      const annotations = isObj(metadata.annotations) ? metadata.annotations : {};
      const flannel: ClusterNode['flannel'] = {};
      const flannelWhere: NodeWhere['flannel'] = {};
      for (const name of FLANNEL_ANNOTATIONS) {
        const value = annotations[FLANNEL_ANNOTATION_PREFIX + name];
        if (typeof value === 'string') {
          flannel[name] = value;
          flannelWhere[name] = at(`metadata.annotations.${FLANNEL_ANNOTATION_PREFIX}${name}`);
        }
      }
      const addresses = Array.isArray(status.addresses) ? status.addresses.filter(isObj) : [];
      nodes.push({
        node: {
          name: text(metadata.name),
          controlPlane: CONTROL_PLANE_LABELS.some((label) => label in labels),
          podCidr: text(spec.podCIDR),
          podCidrs: Array.isArray(spec.podCIDRs) ? spec.podCIDRs.filter((c): c is string => typeof c === 'string') : [],
          internalIps: addresses.filter((a) => a.type === 'InternalIP').map((a) => text(a.address)).filter(Boolean),
          flannel,
        },
        where: {
          name: at('metadata.name'),
          podCidrs: at('spec.podCIDRs', 'spec.podCIDR', 'spec', 'metadata.name'),
          internalIps: at('status.addresses', 'metadata.name'),
          annotations: at('metadata.annotations', 'metadata.name'),
          flannel: flannelWhere,
        },
      });
    }
  });
  return { nodes };
}

/**
 * kubeadm's ClusterConfiguration inside the ConfigMap, read as a kubeadm file. A block scalar ("ClusterConfiguration:
 * |", as kubectl prints it) keeps its lines, so each diagnostic points at its line of the outer file; a quoted or
 * JSON string points at the key.
 */
export function readKubeadmConfigMap(source: string, file: string, loaded: Extract<YamlLoad, { ok: true }>): KubeadmParse {
  const index = loaded.documents.findIndex(isKubeadmConfigMapDocument);
  const doc = loaded.documents[index] as { data: { ClusterConfiguration: string } };
  const keyLine = loaded.lines[index]?.get('data.ClusterConfiguration') ?? 1;
  const literal = /:\s*\|[-+0-9]*\s*$/.test(source.split('\n')[keyLine - 1] ?? '');
  const inner = doc.data.ClusterConfiguration;
  const parsed = parseKubeadm(inner, file);
  const move = (location: SourceLocation): SourceLocation => {
    const path = location.path ? `data.ClusterConfiguration: ${location.path}` : 'data.ClusterConfiguration';
    return { ...location, line: literal && location.line ? keyLine + location.line : keyLine, path };
  };
  const diagnostics: Diagnostic[] = parsed.diagnostics.map((d) => (d.location ? { ...d, location: move(d.location) } : d));
  const locations = new Map([...parsed.locations].map(([field, location]) => [field, move(location)] as const));
  return { side: parsed.side, diagnostics, locations };
}
