// kube-flannel.yml: net-conf.json from the kube-flannel-cfg ConfigMap, the version from the DaemonSet image tag,
// flanneld's arguments from its containers.
import { parseFlannelVersion, formatSemver } from '../versions';
import { readFlanneldArgs } from './flanneld-args';
import type { YamlLoad } from './yaml';

export interface FlannelManifest {
  netConf?: { text: string; firstLine: number; namespace: string };
  version?: string;
  image?: string;
  imageLine?: number;
  iface?: string;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function containers(doc: Obj): Obj[] {
  const spec = isObj(doc.spec) && isObj(doc.spec.template) && isObj(doc.spec.template.spec) ? doc.spec.template.spec : undefined;
  if (!spec) return [];
  return [spec.containers, spec.initContainers].flatMap((list) => (Array.isArray(list) ? list.filter(isObj) : []));
}

// flannel/flannel, ghcr.io/flannel-io/flannel, quay.io/coreos/flannel, and the Rancher mirror the manifest used from
// 2022-01 to v0.20.2 (docker.io/rancher/mirrored-flannelcni-flannel).
const FLANNEL_IMAGE = /(?:^|\/)(?:mirrored-flannelcni-)?flannel:v?(\d+\.\d+\.\d+)/;

export function isFlannelManifestDocument(doc: unknown): boolean {
  if (!isObj(doc)) return false;
  if (doc.kind === 'ConfigMap' && isObj(doc.data) && typeof doc.data['net-conf.json'] === 'string') return true;
  return doc.kind === 'DaemonSet' && containers(doc).some((c) => typeof c.image === 'string' && FLANNEL_IMAGE.test(c.image));
}

export function readFlannelManifest(text: string, loaded: Extract<YamlLoad, { ok: true }>): FlannelManifest {
  const result: FlannelManifest = {};
  const sourceLines = text.split('\n');
  loaded.documents.forEach((doc, index) => {
    if (!isObj(doc)) return;
    const lines = loaded.lines[index] ?? new Map<string, number>();
    if (doc.kind === 'ConfigMap' && isObj(doc.data) && typeof doc.data['net-conf.json'] === 'string' && !result.netConf) {
      const keyLine = lines.get('data.net-conf.json') ?? 1;
      // A block scalar ("net-conf.json: |") starts on the next line.
      const block = /:\s*[|>][-+0-9]*\s*$/.test(sourceLines[keyLine - 1] ?? '');
      const namespace = isObj(doc.metadata) && typeof doc.metadata.namespace === 'string' ? doc.metadata.namespace : '';
      result.netConf = { text: doc.data['net-conf.json'], firstLine: block ? keyLine + 1 : keyLine, namespace };
    }
    if (doc.kind === 'DaemonSet') {
      containers(doc).forEach((container) => {
        const image = typeof container.image === 'string' ? container.image : '';
        const match = FLANNEL_IMAGE.exec(image);
        if (match && !result.version) {
          const parsed = parseFlannelVersion(match[1]!);
          if (parsed) {
            result.version = formatSemver(parsed);
            result.image = image;
            for (const [path, line] of lines) if (path.endsWith('.image') && sourceLines[line - 1]?.includes(image)) result.imageLine ??= line;
          }
        }
        for (const list of [container.args, container.command]) {
          const { iface } = readFlanneldArgs(Array.isArray(list) ? list : []);
          if (iface !== undefined) result.iface = iface;
        }
      });
    }
  });
  return result;
}
