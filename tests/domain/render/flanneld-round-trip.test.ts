// Every setting reaches every way of installing Flannel (issue 17): for each way the wizard and `generate` write —
// the kustomization, the ConfigMap over the upstream manifest (with NEXT-STEPS.md's command), the Helm values —
// the flanneld configuration that way gives (net-conf.json and flanneld's arguments), read back with check's own
// parsers one way at a time, equals the plan's.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { analyzeFiles } from '../../../src/domain/parse/files';
import { readFlannelManifest } from '../../../src/domain/parse/flannel-manifest';
import { loadYaml } from '../../../src/domain/parse/yaml';
import { encodePlan } from '../../../src/domain/permalink';
import { type Plan, effectiveNetConf } from '../../../src/domain/plan';
import { renderAll } from '../../../src/domain/render/files';
import { canonical, flannelNamespace, flannelTag } from '../../../src/domain/render/flannel';
import { compareSemver, parseFlannelVersion } from '../../../src/domain/versions';
import { validPlan } from './arbitrary';

const RUNS = { seed: Number(process.env.SEED ?? 17), numRuns: 500 };

// Linux interface names (at most 15 bytes, no whitespace or "/"), and none.
const ifaceName = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[a-z][a-z0-9._-]{0,14}$/),
  fc.constantFrom('eth0', 'ens3', 'enp0s31f6', 'bond0.100', 'br-lan'),
);
const plans = fc.tuple(validPlan, ifaceName).map(([plan, iface]) => ({ ...plan, flannel: { ...plan.flannel, iface } }));

/**
 * What flanneld runs with. net-conf.json is decoded into Go structs, so a key that is absent reads as its zero
 * value: false, 0 and "" options are the same as none. Backend Type is lower-cased (backend manager); EnableNFTables
 * exists from v0.25.0.
 */
function flanneld(plan: Plan) {
  const net = effectiveNetConf(plan);
  const backend = plan.flannel.backend;
  const version = parseFlannelVersion(plan.flannelVersion)!;
  const options = Object.entries(backend ?? {}).filter(([key, value]) => key !== 'type' && value !== undefined && value !== '' && value !== 0 && value !== false);
  return {
    enableIPv4: net.enableIPv4,
    enableIPv6: net.enableIPv6,
    network: net.enableIPv4 ? canonical(net.network) : '',
    ipv6Network: net.enableIPv6 ? canonical(net.ipv6Network) : '',
    backendType: net.backendType,
    backendOptions: Object.fromEntries(options.sort(([a], [b]) => (a < b ? -1 : 1))),
    enableNFTables: compareSemver(version, parseFlannelVersion('0.25.0')!) >= 0 && plan.flannel.enableNFTables,
    subnets: [plan.flannel.subnetLen, plan.flannel.subnetMin, plan.flannel.subnetMax, plan.flannel.ipv6SubnetLen, plan.flannel.ipv6SubnetMin, plan.flannel.ipv6SubnetMax],
    iface: plan.flannel.iface,
  };
}

type Obj = Record<string, unknown>;

/** The upstream kube-flannel.yml's DaemonSet as far as the patches touch it (Documentation/kube-flannel.yml). */
function upstreamDaemonSet(plan: Plan): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'kube-flannel-ds', namespace: flannelNamespace(plan) },
    spec: {
      template: {
        spec: {
          initContainers: [{ name: 'install-cni-plugin', image: 'ghcr.io/flannel-io/flannel-cni-plugin:v1.9.1-flannel3', command: ['cp'], args: ['-f', '/flannel', '/opt/cni/bin/flannel'] }],
          containers: [{ name: 'kube-flannel', image: `ghcr.io/flannel-io/flannel:${flannelTag(plan)}`, command: ['/opt/bin/flanneld'], args: ['--ip-masq', '--kube-subnet-mgr'] }],
        },
      },
    },
  };
}

/** JSON 6902 test and add, as kustomize and `kubectl patch --type json` apply them; a failed test throws. */
function applyJsonPatch(doc: Obj, operations: Array<{ op: string; path: string; value: unknown }>): Obj {
  const copy = structuredClone(doc);
  for (const { op, path, value } of operations) {
    const keys = path.split('/').slice(1);
    const last = keys.pop()!;
    let parent: unknown = copy;
    for (const key of keys) parent = (parent as Record<string, unknown>)[key];
    if (op === 'test') {
      if ((parent as Record<string, unknown>)[last] !== value) throw new Error(`test failed at ${path}`);
    } else if (op === 'add' && Array.isArray(parent) && last === '-') parent.push(value);
    else throw new Error(`unexpected ${op} ${path}`);
  }
  return copy;
}

const manifestArgs = (daemonSet: Obj): unknown => ((daemonSet.spec as Obj).template as { spec: { containers: Obj[] } }).spec.containers[0]!.args;

/** The `kubectl patch` of NEXT-STEPS.md's ConfigMap way, its JSON read from the single-quoted shell word. */
function configMapWayPatch(nextSteps: string, namespace: string): Array<{ op: string; path: string; value: unknown }> {
  const prefix = `kubectl -n ${namespace} patch daemonset kube-flannel-ds --type json -p '`;
  const line = nextSteps.split('\n').find((l) => l.startsWith(prefix));
  if (!line) return [];
  expect(line.endsWith("'")).toBe(true);
  return JSON.parse(line.slice(prefix.length, -1).replaceAll("'\\''", "'"));
}

/** The flanneld configuration of each way, read back from the files with check's parsers, one way at a time. */
function readBack(plan: Plan, files: Map<string, string>) {
  const analyse = (...names: string[]) => {
    const analysis = analyzeFiles(names.map((name) => ({ path: name, text: files.get(name)! })));
    expect(analysis.files.map((f) => f.kind)).not.toContain('unknown');
    return flanneld(analysis.plan);
  };

  // kustomize: check reads the kustomization; applied to the upstream DaemonSet, its patch keeps the manifest's args.
  const kustomization = load(files.get('kustomization.yaml')!) as { patches: Array<{ target: Obj; patch: string }> };
  const dsPatches = kustomization.patches.filter((p) => p.target.kind === 'DaemonSet');
  const kustomized = dsPatches.reduce((ds, p) => applyJsonPatch(ds, load(p.patch) as never), upstreamDaemonSet(plan));
  const kustomizedArgs = manifestArgs(kustomized) as string[];
  expect(kustomizedArgs.slice(0, 2)).toEqual(['--ip-masq', '--kube-subnet-mgr']);
  const kustomizedText = dump(kustomized);
  const loaded = loadYaml(kustomizedText);
  if (!loaded.ok) throw new Error(loaded.error);

  // The ConfigMap way: kube-flannel-cfg.yaml, with the upstream DaemonSet as NEXT-STEPS.md's command patches it.
  const patched = applyJsonPatch(upstreamDaemonSet(plan), configMapWayPatch(files.get('NEXT-STEPS.md')!, flannelNamespace(plan)));
  expect((manifestArgs(patched) as string[]).slice(0, 2)).toEqual(['--ip-masq', '--kube-subnet-mgr']);
  files.set('kube-flannel-ds.yaml', dump(patched));

  return {
    kustomize: analyse('kustomization.yaml'),
    kustomizeApplied: readFlannelManifest(kustomizedText, loaded).iface ?? '',
    configMap: analyse('kube-flannel-cfg.yaml', 'kube-flannel-ds.yaml'),
    helm: analyse('flannel-values.yaml'),
  };
}

function expectEveryWay(plan: Plan, files: Map<string, string>): void {
  const want = flanneld(plan);
  const back = readBack(plan, files);
  expect(back.kustomize, 'kustomization.yaml').toEqual(want);
  expect(back.kustomizeApplied, 'kustomization.yaml applied to kube-flannel.yml').toBe(want.iface);
  expect(back.configMap, 'kube-flannel-cfg.yaml with NEXT-STEPS.md').toEqual(want);
  expect(back.helm, 'flannel-values.yaml').toEqual(want);
}

describe('the flanneld configuration of every way equals the plan, over random plans', () => {
  it('renderAll (the page\'s files)', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expectEveryWay(plan, new Map(renderAll(plan).map((f) => [f.name, f.content])));
      }),
      RUNS,
    );
  });

  it('the CLI\'s generate, from a link or a plan file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flanneld-'));
    let run = 0;
    fc.assert(
      fc.property(plans, fc.boolean(), (plan, byLink) => {
        const out = join(dir, String(++run));
        const source = byLink ? ['--link', `#${encodePlan(plan)}`] : ['--plan', join(dir, `${run}.json`)];
        if (!byLink) writeFileSync(join(dir, `${run}.json`), JSON.stringify(plan));
        let stderr = '';
        const code = main(['generate', ...source, '--out', out, '--token', 'abcdef.0123456789abcdef'], { stdout: () => {}, stderr: (t) => (stderr += t) });
        expect(code, stderr).toBe(0);
        const names = renderAll(plan).map((f) => f.name);
        expectEveryWay(plan, new Map(names.map((name) => [name, readFileSync(join(out, name), 'utf8')])));
      }),
      { ...RUNS, numRuns: 200 },
    );
  });
});
