import fc from 'fast-check';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { canonicalCidrList, parseCidrList } from '../../../src/domain/cidr';
import { analyzeFiles } from '../../../src/domain/parse/files';
import { decodePlan, encodePlan } from '../../../src/domain/permalink';
import { effectiveNetConf, nodeIpText, podSubnetText, serviceSubnetText } from '../../../src/domain/plan';
import { hasErrors, runRules } from '../../../src/domain/rules/engine';
import { renderAll } from '../../../src/domain/render/files';
import { anyPlan, validPlan } from './arbitrary';

// Fixed seed: a failure reproduces on every run.
const RUNS = { seed: Number(process.env.SEED ?? 42), numRuns: Number(process.env.RUNS ?? 150) };

describe('generated files, over random valid plans', () => {
  it('the generator only makes plans without errors', () => {
    fc.assert(fc.property(validPlan, (plan) => !hasErrors(runRules(plan))), RUNS);
  });

  it('every file parses, for any plan the page can hold', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        for (const file of renderAll(plan)) {
          if (file.name.endsWith('.json')) JSON.parse(file.content);
          else if (file.name.endsWith('.yaml')) loadAll(file.content);
        }
      }),
      RUNS,
    );
  });

  it('parsing the kubeadm and Flannel files back gives the same network settings, and check finds no error', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const files = renderAll(plan).filter((f) => f.name.endsWith('.yaml') && !['kustomization.yaml', 'flannel-values.yaml'].includes(f.name));
        const back = analyzeFiles(files.map((f) => ({ path: f.name, text: f.content })), { flannelVersion: plan.flannelVersion });
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(podSubnetText(back.plan)).toBe(canonicalCidrList(parseCidrList(podSubnetText(plan))));
        expect(serviceSubnetText(back.plan)).toBe(canonicalCidrList(parseCidrList(serviceSubnetText(plan))));
        expect(back.plan.kubernetesVersion).toBe(plan.kubernetesVersion);
        expect(back.plan.nodes.map((n) => [n.name, n.role, nodeIpText(back.plan, n)])).toEqual(plan.nodes.map((n) => [n.name, n.role, nodeIpText(plan, n)]));
        for (const family of back.plan.stack === 'dual' ? (['ipv4', 'ipv6'] as const) : [back.plan.primaryFamily]) {
          expect(Number(back.plan.nodeMask[family] || (family === 'ipv4' ? 24 : 64))).toBe(Number(plan.nodeMask[family]));
        }
        const a = effectiveNetConf(back.plan);
        const b = effectiveNetConf(plan);
        expect([a.enableIPv4, a.enableIPv6, a.network, a.ipv6Network, a.backendType]).toEqual([b.enableIPv4, b.enableIPv6, b.network, b.ipv6Network, b.backendType]);
      }),
      RUNS,
    );
  });

  it('decoding an encoded permalink gives back the same plan', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const { plan: decoded, dropped } = decodePlan(encodePlan(plan));
        expect(dropped).toEqual([]);
        expect(decoded).toEqual(plan);
      }),
      RUNS,
    );
  });

  it('random strings in any text field never add YAML keys or documents', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '-', '#', '&', '*', '"', "'", '{', '[', '|', '>', '!', '%', '@', '`', '\u2028', '\t', '\\'), maxLength: 40 });
    fc.assert(
      fc.property(validPlan, text, text, text, text, (base, name, domain, endpoint, iface) => {
        const plan = structuredClone(base);
        plan.nodes[0]!.name = name;
        plan.dnsDomain = domain;
        plan.controlPlaneEndpoint = endpoint;
        plan.flannel.iface = iface;
        plan.advertiseAddress = endpoint;
        const byName = Object.fromEntries(renderAll(plan).map((f) => [f.name, f.content]));
        const kubeadm = loadAll(byName['kubeadm-config.yaml']!) as Array<Record<string, unknown>>;
        expect(kubeadm.map((d) => d.kind)).toEqual(['InitConfiguration', 'ClusterConfiguration']);
        // The token when nodes join, the certificate key when control-plane nodes join.
        const init = plan.nodes.find((n) => n.role === 'control-plane') ?? plan.nodes[0];
        const joining = plan.nodes.filter((n) => n !== init);
        const initKeys = ['apiVersion', 'kind', 'localAPIEndpoint', 'nodeRegistration', ...(joining.length ? ['bootstrapTokens'] : []), ...(joining.some((n) => n.role === 'control-plane') ? ['certificateKey'] : [])];
        expect(Object.keys(kubeadm[0]!).sort()).toEqual(initKeys.sort());
        expect((kubeadm[0]!.nodeRegistration as Record<string, unknown>).name).toBe(name);
        const cluster = kubeadm[1]!;
        expect((cluster.networking as Record<string, unknown>).dnsDomain).toBe(domain);
        if (endpoint !== '') expect(cluster.controlPlaneEndpoint).toBe(endpoint);
        const values = loadAll(byName['flannel-values.yaml']!) as Array<Record<string, unknown>>;
        expect(values).toHaveLength(1);
        expect(Object.keys(values[0]!).sort()).toEqual(['flannel', 'podCidr', 'podCidrv6']);
        if (iface !== '') expect((values[0]!.flannel as { args: string[] }).args.at(-1)).toBe(`--iface=${iface}`);
        expect(loadAll(byName['kube-flannel-cfg.yaml']!)).toHaveLength(1);
        expect(loadAll(byName['kustomization.yaml']!)).toHaveLength(1);
      }),
      RUNS,
    );
  });
});
