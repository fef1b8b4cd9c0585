// kustomization.yaml over the upstream kube-flannel.yml: the Flannel version from the manifest URL, net-conf.json
// from a patch of the kube-flannel-cfg ConfigMap (JSON 6902 "replace"/"add" of /data/net-conf.json, or a strategic
// merge patch that sets data.net-conf.json), and flanneld's arguments from a patch of the kube-flannel-ds DaemonSet
// (JSON 6902 operations on the first container's args, or a strategic merge patch of container kube-flannel's args).
import { formatSemver, parseFlannelVersion } from '../versions';
import { type FlanneldArgs, readFlanneldArgs } from './flanneld-args';
import { type YamlLoad, loadYaml } from './yaml';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

// .../flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml and .../flannel/releases/download/v0.28.9/kube-flannel.yml
const MANIFEST_URL = /\/(?:flannel-io|coreos)\/flannel\/(?:releases\/download\/)?v(\d{1,3}\.\d{1,3}\.\d{1,3})\/(?:Documentation\/)?kube-flannel\.ya?ml$/;

export function isKustomizationDocument(doc: unknown): boolean {
  if (!isObj(doc)) return false;
  return doc.kind === 'Kustomization' || (typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('kustomize.config.k8s.io/'));
}

export interface Kustomization {
  /** It names kube-flannel.yml or patches kube-flannel-cfg. */
  flannel: boolean;
  netConf?: { text: string; firstLine: number; path: string };
  version?: { value: string; line?: number; url: string };
  /** flanneld's arguments the patches of the DaemonSet set or add, when there are any. */
  flanneld?: FlanneldArgs;
}

const blockScalarAt = (sourceLines: string[], line: number | undefined): boolean =>
  line !== undefined && /:\s*[|>][-+0-9]*\s*$/.test(sourceLines[line - 1] ?? '');

function targetsFlannelConfig(target: unknown): boolean {
  return isObj(target) && target.name === 'kube-flannel-cfg' && (target.kind === undefined || target.kind === 'ConfigMap');
}

function targetsFlannelDaemonSet(target: unknown): boolean {
  return isObj(target) && target.name === 'kube-flannel-ds' && (target.kind === undefined || target.kind === 'DaemonSet');
}

// kube-flannel is the first container of kube-flannel-ds in every kube-flannel.yml.
const ARGS_PATH = '/spec/template/spec/containers/0/args';

/**
 * The arguments one DaemonSet patch gives flanneld, in order, on top of the manifest's own (which never hold the
 * flags the Plan reads), applied to args: JSON 6902 adds to the list or replaces it whole; a strategic merge patch
 * replaces the list of container kube-flannel (a list of strings has no merge key). False when the patch has none.
 */
function argsFromPatch(patchText: string, jsonPatch: boolean, args: unknown[]): boolean {
  const loaded = loadYaml(patchText);
  if (!loaded.ok) return false;
  const doc = loaded.documents[0];
  let found = false;
  if (Array.isArray(doc) && jsonPatch) {
    for (const op of doc) {
      if (!isObj(op) || (op.op !== 'add' && op.op !== 'replace')) continue;
      if (op.path === ARGS_PATH && Array.isArray(op.value)) args.splice(0, args.length, ...op.value);
      else if (typeof op.path === 'string' && op.path.startsWith(`${ARGS_PATH}/`)) args.push(op.value);
      else continue;
      found = true;
    }
  } else if (isObj(doc) && doc.kind === 'DaemonSet' && isObj(doc.metadata) && doc.metadata.name === 'kube-flannel-ds') {
    const spec = isObj(doc.spec) && isObj(doc.spec.template) && isObj(doc.spec.template.spec) ? doc.spec.template.spec : {};
    const container = Array.isArray(spec.containers) ? spec.containers.find((c) => isObj(c) && c.name === 'kube-flannel') : undefined;
    if (isObj(container) && Array.isArray(container.args)) {
      args.splice(0, args.length, ...container.args);
      found = true;
    }
  }
  return found;
}

/** net-conf.json from one patch text, with the patch-relative line where the JSON starts. */
function netConfFromPatch(patchText: string, jsonPatch: boolean): { text: string; line: number; path: string } | null {
  const loaded = loadYaml(patchText);
  if (!loaded.ok) return null;
  const doc = loaded.documents[0];
  const lines = loaded.lines[0] ?? new Map<string, number>();
  const sourceLines = patchText.split('\n');
  if (Array.isArray(doc) && jsonPatch) {
    for (let i = doc.length - 1; i >= 0; i--) {
      // Operations apply in order, so the last one that writes net-conf.json is the one that stays.
      const op = doc[i];
      if (isObj(op) && (op.op === 'replace' || op.op === 'add') && op.path === '/data/net-conf.json' && typeof op.value === 'string') {
        const keyLine = lines.get(`${i}.value`) ?? 1;
        return { text: op.value, line: blockScalarAt(sourceLines, keyLine) ? keyLine + 1 : keyLine, path: `${i}.value` };
      }
    }
  }
  if (isObj(doc) && doc.kind === 'ConfigMap' && isObj(doc.metadata) && doc.metadata.name === 'kube-flannel-cfg' && isObj(doc.data) && typeof doc.data['net-conf.json'] === 'string') {
    const keyLine = lines.get('data.net-conf.json') ?? 1;
    return { text: doc.data['net-conf.json'], line: blockScalarAt(sourceLines, keyLine) ? keyLine + 1 : keyLine, path: 'data.net-conf.json' };
  }
  return null;
}

export function readKustomization(text: string, loaded: Extract<YamlLoad, { ok: true }>): Kustomization {
  const result: Kustomization = { flannel: false };
  // flanneld's arguments the patches add to the manifest's.
  const args: unknown[] = [];
  const sourceLines = text.split('\n');
  loaded.documents.forEach((doc, index) => {
    if (!isKustomizationDocument(doc)) return;
    const k = doc as Obj;
    const lines = loaded.lines[index] ?? new Map<string, number>();
    const resources = Array.isArray(k.resources) ? k.resources : [];
    resources.forEach((resource, i) => {
      if (typeof resource !== 'string' || !/kube-flannel/.test(resource)) return;
      result.flannel = true;
      const match = MANIFEST_URL.exec(resource);
      const parsed = match ? parseFlannelVersion(match[1]!) : null;
      if (parsed && !result.version) {
        const line = lines.get(`resources.${i}`);
        result.version = { value: formatSemver(parsed), url: resource, ...(line ? { line } : {}) };
      }
    });
    // patches (kustomize v5), and the older patchesJson6902 and patchesStrategicMerge; the last patch wins.
    const lists: Array<[string, unknown]> = [['patches', k.patches], ['patchesJson6902', k.patchesJson6902], ['patchesStrategicMerge', k.patchesStrategicMerge]];
    for (const [listName, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((item, i) => {
        const inline = typeof item === 'string' ? item : isObj(item) && typeof item.patch === 'string' ? item.patch : null;
        const target = isObj(item) ? item.target : undefined;
        if (targetsFlannelConfig(target) || targetsFlannelDaemonSet(target)) result.flannel = true;
        if (inline === null) return;
        // Patches apply in order, each on what the ones before made.
        if (argsFromPatch(inline, listName !== 'patchesStrategicMerge' && targetsFlannelDaemonSet(target), args)) {
          result.flannel = true;
          result.flanneld = readFlanneldArgs(args);
        }
        const keyPath = typeof item === 'string' ? `${listName}.${i}` : `${listName}.${i}.patch`;
        const found = netConfFromPatch(inline, listName !== 'patchesStrategicMerge' && targetsFlannelConfig(target));
        if (!found) return;
        result.flannel = true;
        const keyLine = lines.get(keyPath) ?? 1;
        // In a block scalar the patch starts on the next line; anything else can only point at the key. A list item's
        // recorded line is where its text starts (yaml.ts), so after a "- |" line that is the patch's own first line.
        const itemBlock = typeof item === 'string' && keyLine > 1 && /^\s*-\s*[|>][-+0-9]*\s*$/.test(sourceLines[keyLine - 2] ?? '');
        const firstLine = itemBlock ? keyLine + found.line - 1 : blockScalarAt(sourceLines, keyLine) ? keyLine + found.line : keyLine;
        result.netConf = { text: found.text, firstLine, path: `${keyPath}.${found.path}` };
      });
    }
  });
  return result;
}
