// kustomization.yaml: which patch's net-conf.json is read, where its JSON starts in the file, and the version from the
// manifest URL.
import { describe, expect, it } from 'vitest';
import { isKustomizationDocument, readKustomization } from '../../../src/domain/parse/kustomization';
import { loadYaml } from '../../../src/domain/parse/yaml';

const read = (text: string) => {
  const loaded = loadYaml(text);
  if (!loaded.ok) throw new Error(loaded.error);
  return readKustomization(text, loaded);
};
const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const withResource = (url: string) => read(`${HEAD}resources:\n  - app.yaml\n  - ${url}\n`);

describe('the Flannel version from the manifest URL', () => {
  it('raw.githubusercontent Documentation and release download URLs, flannel-io or coreos, .yml or .yaml', () => {
    expect(withResource('https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml')).toEqual({
      flannel: true,
      version: { value: '0.28.9', url: 'https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml', line: 5 },
    });
    expect(withResource('https://github.com/flannel-io/flannel/releases/download/v0.26.7/kube-flannel.yml').version?.value).toBe('0.26.7');
    expect(withResource('https://raw.githubusercontent.com/coreos/flannel/v0.15.1/Documentation/kube-flannel.yaml').version?.value).toBe('0.15.1');
  });
  it('a manifest named without a version pin, or a path beyond it, still counts as Flannel but gives no version', () => {
    for (const url of [
      'https://raw.githubusercontent.com/flannel-io/flannel/master/Documentation/kube-flannel.yml',
      'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml',
      'https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel.yml?x=1',
      'https://raw.githubusercontent.com/flannel-io/flannel/v0.28.9/Documentation/kube-flannel-old.yml',
      'https://raw.githubusercontent.com/flannel-io/flannel/v1000.0.0/Documentation/kube-flannel.yml',
      'https://example.com/other/flannel/v0.28.9/Documentation/kube-flannel.yml',
      'kube-flannel.yml',
    ]) {
      expect(withResource(url)).toEqual({ flannel: true });
    }
  });
  it('the first pinned URL gives the version; resources that are not strings or not Flannel are skipped', () => {
    const result = read(
      `${HEAD}resources:\n  - 7\n  - app.yaml\n  - https://github.com/flannel-io/flannel/releases/download/v0.25.1/kube-flannel.yml\n  - https://github.com/flannel-io/flannel/releases/download/v0.26.0/kube-flannel.yml\n`,
    );
    expect(result.version).toEqual({ value: '0.25.1', url: 'https://github.com/flannel-io/flannel/releases/download/v0.25.1/kube-flannel.yml', line: 6 });
    expect(read(`${HEAD}resources:\n  - app.yaml\n  - 5\n`)).toEqual({ flannel: false });
    expect(read(`${HEAD}resources: kube-flannel.yml\n`)).toEqual({ flannel: false });
  });
});

describe('net-conf.json from a patch', () => {
  const patchFile = `${HEAD}patches:
  - target:
      kind: ConfigMap
      name: kube-flannel-cfg
    patch: |
      - op: replace
        path: /data/net-conf.json
        value: |
          {"Network": "10.1.0.0/16"}
      - op: add
        path: /data/net-conf.json
        value: '{"Network": "10.2.0.0/16"}'
      - op: remove
        path: /data/net-conf.json
      - op: replace
        path: /data/cni-conf.json
        value: '{}'
      - op: replace
        path: /data/net-conf.json
        value: 7
`;
  it('the last JSON 6902 op that writes a string to /data/net-conf.json wins; its line is the value\'s', () => {
    expect(read(patchFile)).toEqual({ flannel: true, netConf: { text: '{"Network": "10.2.0.0/16"}', firstLine: 14, path: 'patches.0.patch.1.value' } });
    expect(patchFile.split('\n')[13]).toBe('        value: \'{"Network": "10.2.0.0/16"}\'');
  });
  it('a block scalar value starts on the next line', () => {
    const text = `${HEAD}patches:\n  - target:\n      name: kube-flannel-cfg\n    patch: |\n      - op: replace\n        path: /data/net-conf.json\n        value: |-\n          {"Network": "10.3.0.0/16"}\n`;
    expect(read(text).netConf).toEqual({ text: '{"Network": "10.3.0.0/16"}', firstLine: 10, path: 'patches.0.patch.0.value' });
    expect(text.split('\n')[9]).toBe('          {"Network": "10.3.0.0/16"}');
  });
  it('a patch written as a quoted string can only point at its key', () => {
    const text = `${HEAD}patches:\n  - target: {kind: ConfigMap, name: kube-flannel-cfg}\n    patch: "- op: add\\n  path: /data/net-conf.json\\n  value: |\\n    {}\\n"\n`;
    expect(read(text).netConf).toEqual({ text: '{}\n', firstLine: 5, path: 'patches.0.patch.0.value' });
  });
  it('a JSON patch is read only when its target is the kube-flannel-cfg ConfigMap', () => {
    const op = '    patch: |\n      - op: replace\n        path: /data/net-conf.json\n        value: "{}"\n';
    expect(read(`${HEAD}patches:\n  - target:\n      kind: Secret\n      name: kube-flannel-cfg\n${op}`)).toEqual({ flannel: false });
    expect(read(`${HEAD}patches:\n  - target:\n      kind: ConfigMap\n      name: other\n${op}`)).toEqual({ flannel: false });
    expect(read(`${HEAD}patches:\n  - path: p.yaml\n${op}`)).toEqual({ flannel: false });
    expect(read(`${HEAD}patches:\n  - target:\n      kind: ConfigMap\n      name: kube-flannel-cfg\n${op}`).netConf?.text).toBe('{}');
  });
  it('a patch file by path still marks a kustomization of Flannel', () => {
    expect(read(`${HEAD}patches:\n  - path: net-conf-patch.yaml\n    target:\n      kind: ConfigMap\n      name: kube-flannel-cfg\n`)).toEqual({ flannel: true });
    expect(read(`${HEAD}patchesJson6902:\n  - path: net-conf-patch.yaml\n    target:\n      name: kube-flannel-cfg\n`)).toEqual({ flannel: true });
  });
  it('a strategic merge patch: the kube-flannel-cfg ConfigMap with data.net-conf.json, inline in patchesStrategicMerge or patches', () => {
    const smp = (name: string, kind = 'ConfigMap') =>
      `${HEAD}patchesStrategicMerge:\n  - |\n    apiVersion: v1\n    kind: ${kind}\n    metadata:\n      name: ${name}\n    data:\n      net-conf.json: |\n        {"Network": "10.4.0.0/16"}\n`;
    expect(read(smp('kube-flannel-cfg'))).toEqual({ flannel: true, netConf: { text: '{"Network": "10.4.0.0/16"}\n', firstLine: 11, path: 'patchesStrategicMerge.0.data.net-conf.json' } });
    // The list item's own block scalar: the patch's first line is line 5, its JSON on line 11.
    expect(smp('kube-flannel-cfg').split('\n')[10]).toBe('        {"Network": "10.4.0.0/16"}');
    expect(read(smp('other'))).toEqual({ flannel: false });
    expect(read(smp('kube-flannel-cfg', 'Secret'))).toEqual({ flannel: false });
    // Flow style: the JSON is on the key's own line.
    const flow = `${HEAD}patches:\n  - patch: |\n      kind: ConfigMap\n      metadata: {name: kube-flannel-cfg}\n      data: {net-conf.json: '{"Network": "10.5.0.0/16"}'}\n`;
    expect(read(flow)).toEqual({ flannel: true, netConf: { text: '{"Network": "10.5.0.0/16"}', firstLine: 7, path: 'patches.0.patch.data.net-conf.json' } });
  });
  it('patchesStrategicMerge never reads a JSON patch, even aimed at kube-flannel-cfg', () => {
    expect(read(`${HEAD}patchesStrategicMerge:\n  - |\n    - op: replace\n      path: /data/net-conf.json\n      value: "{}"\n`)).toEqual({ flannel: false });
  });
  it('of several patches the last one wins, patchesJson6902 and patchesStrategicMerge after patches', () => {
    const text = `${HEAD}patchesStrategicMerge:
  - |
    kind: ConfigMap
    metadata:
      name: kube-flannel-cfg
    data:
      net-conf.json: '{"Network": "10.8.0.0/16"}'
patchesJson6902:
  - target:
      name: kube-flannel-cfg
    patch: |
      - op: add
        path: /data/net-conf.json
        value: '{"Network": "10.7.0.0/16"}'
patches:
  - target:
      name: kube-flannel-cfg
    patch: |
      - op: add
        path: /data/net-conf.json
        value: '{"Network": "10.6.0.0/16"}'
  - target:
      name: kube-flannel-cfg
    patch: 'not: [valid'
`;
    expect(read(text).netConf).toEqual({ text: '{"Network": "10.8.0.0/16"}', firstLine: 9, path: 'patchesStrategicMerge.0.data.net-conf.json' });
    const withoutSmp = text.replace(/^patchesStrategicMerge:[\s\S]*?(?=patchesJson6902)/m, '');
    expect(read(withoutSmp).netConf).toEqual({ text: '{"Network": "10.7.0.0/16"}', firstLine: 9, path: 'patchesJson6902.0.patch.0.value' });
    expect(withoutSmp.split('\n')[8]).toBe('        value: \'{"Network": "10.7.0.0/16"}\'');
    expect(text.split('\n')[8]).toBe('      net-conf.json: \'{"Network": "10.8.0.0/16"}\'');
  });
});

describe('which documents are kustomizations', () => {
  it('kind Kustomization or a kustomize.config.k8s.io apiVersion', () => {
    expect([{ kind: 'Kustomization' }, { apiVersion: 'kustomize.config.k8s.io/v1beta1' }, { apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component' }].map(isKustomizationDocument)).toEqual([true, true, true]);
    expect([{ kind: 'ConfigMap' }, { apiVersion: 'x.kustomize.config.k8s.io/v1' }, { apiVersion: 5 }, [{ kind: 'Kustomization' }], null, 'Kustomization'].map(isKustomizationDocument)).toEqual(Array(6).fill(false));
  });
  it('only the kustomization documents of a file are read, each with its own lines', () => {
    const text = `kind: ConfigMap\nresources:\n  - kube-flannel.yml\n---\n${HEAD}resources:\n  - https://github.com/flannel-io/flannel/releases/download/v0.24.2/kube-flannel.yml\n`;
    expect(read(text)).toEqual({ flannel: true, version: { value: '0.24.2', url: 'https://github.com/flannel-io/flannel/releases/download/v0.24.2/kube-flannel.yml', line: 8 } });
    expect(read('kind: ConfigMap\nresources:\n  - kube-flannel.yml\n')).toEqual({ flannel: false });
  });
});

describe('patches that are not what they seem', () => {
  it('an op that is not a map, a remove with a value, a ConfigMap whose net-conf.json is not a string: none is read', () => {
    const text = `${HEAD}patches:\n  - target:\n      name: kube-flannel-cfg\n    patch: |\n      -\n      - op: remove\n        path: /data/net-conf.json\n        value: "{}"\n`;
    expect(read(text)).toEqual({ flannel: true });
    const smp = `${HEAD}patchesStrategicMerge:\n  - |\n    kind: ConfigMap\n    metadata:\n      name: kube-flannel-cfg\n    data:\n      net-conf.json: 5\n`;
    expect(read(smp)).toEqual({ flannel: false });
  });
  it('a resource written as a list is not a manifest', () => {
    expect(read(`${HEAD}resources:\n  - [kube-flannel.yml]\n`)).toEqual({ flannel: false });
  });
  it('a list item block scalar with an indicator and spaces around it', () => {
    const text = `${HEAD}patchesStrategicMerge:\n  -   |-  \n    kind: ConfigMap\n    metadata:\n      name: kube-flannel-cfg\n    data:\n      net-conf.json: '{"Network": "10.4.0.0/16"}'\n`;
    expect(read(text).netConf).toEqual({ text: '{"Network": "10.4.0.0/16"}', firstLine: 9, path: 'patchesStrategicMerge.0.data.net-conf.json' });
  });
  it('a block scalar value with trailing spaces after its indicator', () => {
    const text = `${HEAD}patches:\n  - target:\n      name: kube-flannel-cfg\n    patch:   |  \n      - op: add\n        path: /data/net-conf.json\n        value: |-  \n          {}\n`;
    expect(read(text).netConf).toEqual({ text: '{}', firstLine: 10, path: 'patches.0.patch.0.value' });
  });
});

describe("flanneld's arguments from a patch of DaemonSet kube-flannel-ds", () => {
  const daemonSetPatch = (patch: string, target = 'kind: DaemonSet\n      name: kube-flannel-ds') =>
    read(`${HEAD}patches:\n  - target:\n      ${target}\n    patch: |\n${patch.replace(/^/gm, '      ')}\n`);
  const append = (value: string) => `- op: add\n  path: /spec/template/spec/containers/0/args/-\n  value: ${value}`;
  it('a JSON 6902 add to the first container\'s args, as the wizard writes it, with or without a test first', () => {
    const test = '- op: test\n  path: /spec/template/spec/containers/0/name\n  value: kube-flannel\n';
    expect(daemonSetPatch(`${test}${append('--iface=ens3')}`)).toEqual({ flannel: true, flanneld: { iface: 'ens3' } });
    expect(daemonSetPatch(append('--iface=ens3'), 'name: kube-flannel-ds').flanneld).toEqual({ iface: 'ens3' });
    // Go's flag package: the value may be the next argument, and one dash is enough.
    expect(daemonSetPatch(`${append('--iface')}\n${append('eth1')}`).flanneld).toEqual({ iface: 'eth1' });
    expect(daemonSetPatch(append('-iface=eth2')).flanneld).toEqual({ iface: 'eth2' });
  });
  it('added arguments without --iface, and a replaced list, are read too; a later patch builds on the earlier one', () => {
    expect(daemonSetPatch(append('--v=2'))).toEqual({ flannel: true, flanneld: {} });
    expect(daemonSetPatch('- op: replace\n  path: /spec/template/spec/containers/0/args\n  value: ["--ip-masq", "--iface=eth4"]').flanneld).toEqual({ iface: 'eth4' });
    const two = read(
      `${HEAD}patches:\n  - target: {kind: DaemonSet, name: kube-flannel-ds}\n    patch: '[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--iface=eth5"}]'\n` +
        `  - target: {kind: DaemonSet, name: kube-flannel-ds}\n    patch: '[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--v=2"}]'\n`,
    );
    expect(two.flanneld).toEqual({ iface: 'eth5' });
    const replaced = read(
      `${HEAD}patches:\n  - target: {kind: DaemonSet, name: kube-flannel-ds}\n    patch: '[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "--iface=eth5"}]'\n` +
        `  - target: {kind: DaemonSet, name: kube-flannel-ds}\n    patch: '[{"op": "replace", "path": "/spec/template/spec/containers/0/args", "value": ["--ip-masq"]}]'\n`,
    );
    expect(replaced.flanneld).toEqual({});
  });
  it('a strategic merge patch replaces the args of container kube-flannel', () => {
    const smp = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kube-flannel-ds\nspec:\n  template:\n    spec:\n      containers:\n      - name: install-cni\n        args: ["--iface=wrong"]\n      - name: kube-flannel\n        args: ["--ip-masq", "--kube-subnet-mgr", "--iface=eth6"]';
    expect(read(`${HEAD}patchesStrategicMerge:\n  - |\n${smp.replace(/^/gm, '    ')}\n`)).toEqual({ flannel: true, flanneld: { iface: 'eth6' } });
    expect(read(`${HEAD}patches:\n  - patch: |\n${smp.replace(/^/gm, '      ')}\n`).flanneld).toEqual({ iface: 'eth6' });
  });
  it('not read: another DaemonSet or kind, another container index, an op that is not add or replace, a JSON patch in patchesStrategicMerge', () => {
    expect(daemonSetPatch(append('--iface=ens3'), 'kind: DaemonSet\n      name: other').flanneld).toBeUndefined();
    expect(daemonSetPatch(append('--iface=ens3'), 'kind: Deployment\n      name: kube-flannel-ds').flanneld).toBeUndefined();
    expect(daemonSetPatch('- op: add\n  path: /spec/template/spec/containers/1/args/-\n  value: --iface=ens3').flanneld).toBeUndefined();
    expect(daemonSetPatch('- op: remove\n  path: /spec/template/spec/containers/0/args/-\n  value: --iface=ens3').flanneld).toBeUndefined();
    expect(read(`${HEAD}patchesStrategicMerge:\n  - |\n    ${JSON.stringify([{ op: 'add', path: '/spec/template/spec/containers/0/args/-', value: '--iface=ens3' }])}\n`).flanneld).toBeUndefined();
  });
});
