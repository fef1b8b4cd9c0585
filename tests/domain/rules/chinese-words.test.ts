// The Chinese words hold no English beyond code, identifiers, values and upstream strings: the "Why" of every
// rule (its explanation, source included), every fix, and every string of the Chinese UI.
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { RULE_SOURCES_ZH } from '../../../src/content/rules.zh';
import { uiStepsZh, uiZh } from '../../../src/content/ui.zh';
import { ZH_RULES } from '../../../src/content/zh';
import { readFileSync } from 'node:fs';
import { analyzeFiles } from '../../../src/domain/parse/files';
import type { Plan } from '../../../src/domain/plan';
import { RULE_SOURCES } from '../../../src/domain/rules/sources';
import { notChinese } from '../../chinese-text';
import { diagnostics, plan } from '../../helpers';

describe('sources in Chinese', () => {
  it('every rule has one with no English words: files, functions, commits, PRs and quoted upstream text stay as written', () => {
    const failures = Object.keys(RULE_SOURCES).flatMap((id) => {
      const why = notChinese(ZH_RULES.sources[id]!, { needsCjk: false });
      return why ? [`${id}: ${why}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it('translates only sources that exist, and keeps every upstream reference of the English one', () => {
    for (const [id, zh] of Object.entries(RULE_SOURCES_ZH)) {
      const en = RULE_SOURCES[id];
      expect(en, id).toBeDefined();
      const references = (text: string) => (text.match(/[\w./-]*\.(?:go|md|yml|yaml)\b|PR #\d+|#\d+|\b[0-9a-f]{8,12}\b|v\d+\.\d+\.\d+|RFC \d+|KEP-\d+|\b[A-Z][A-Za-z0-9]+(?:\.[A-Z]\w+)?\b/g) ?? []);
      expect(references(en!).filter((ref) => !zh.includes(ref)), id).toEqual([]);
    }
  });
});

// Plans that between them raise most rules, with their parameters filled in as the page shows them.
const PLANS: Plan[] = [
  plan(),
  plan({ flannelVersion: '0.20.1', primaryFamily: 'ipv6', podCidr: { ipv4: '10.96.0.0/16', ipv6: 'fd00:10:244::/56' }, nodeMask: { ipv4: '24', ipv6: '80' } }),
  plan({ podCidr: { ipv4: '10.244.0.0 /16', ipv6: 'fd00:10:244::/130' }, serviceCidr: { ipv4: '10.96.0.0/8', ipv6: 'hello' }, dnsDomain: 'Cluster.Local', bindPort: 70000 }),
  plan({ stack: 'ipv6', primaryFamily: 'ipv6', flannelVersion: '0.16.3', flannel: { backend: { type: 'udp' } } }),
  plan({ flannel: { backend: { type: 'wireguard', mode: 'bogus' }, enableNFTables: true }, flannelVersion: '0.21.0' }),
  plan({ flannel: { backend: { type: 'ipsec', psk: 'short' } }, advertiseAddress: '10.0.0.1,fd00::1', controlPlaneEndpoint: 'fd00::1:6443' }),
  plan({ nodes: [{ name: 'CP_1', role: 'control-plane', ipv4: '192.168.1.300', ipv6: '' }, { name: 'w', role: 'worker', ipv4: '192.168.1.2', ipv6: '2001:db8::2' }] }),
  plan({ kubernetesVersion: '1.26', stack: 'ipv6', primaryFamily: 'ipv6', podCidr: { ipv4: '', ipv6: 'fd00:10:244::/120' }, nodeMask: { ipv4: '24', ipv6: 'x' } }),
];

const cluster = (name: string) => ({ path: name, text: readFileSync(`tests/fixtures/cluster/${name}`, 'utf8') });

// Files raise the rules only the parsers emit.
const FILES = [
  [{ path: 'kubeadm.yaml', text: readFileSync('tests/fixtures/writeup-kubeadm.yaml', 'utf8') }, { path: 'net-conf.json', text: readFileSync('tests/fixtures/writeup-net-conf.json', 'utf8') }],
  [{ path: 'net-conf.json', text: '{"Network": "10.244.0.0/16", "EnableIPv6": "yes", "Backend": {"Type": "vxlan", "Bogus": 1}, "Networks": []}' }],
  [{ path: 'net-conf.json', text: '{"Network": 5' }],
  [{ path: 'kubeadm.yaml', text: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: [1]\n' }],
  [{ path: 'notes.txt', text: 'hello' }],
  // A running cluster's state (kubectl output).
  ['nodes-ipv6-first.yaml', 'kube-flannel-ds-v0.20.1.yaml'].map(cluster),
  ['nodes-dual-migrated.json', 'kubeadm-config-cm.yaml', 'kube-flannel-cfg.json'].map(cluster),
  [cluster('nodes-dual-migrated.json'), { path: 'cm.yaml', text: cluster('kubeadm-config-cm.yaml').text.replace('10.244.0.0/16,fd00:10:244::/56', 'fd00:10:244::/56,10.244.0.0/16') }],
  [cluster('nodes-dual-migrated.json'), { path: 'cm.yaml', text: cluster('kubeadm-config-cm.yaml').text.replace('10.244.0.0/16,fd00:10:244::/56', '10.244.0.0/16') }],
  [cluster('nodes-dual-migrated.json'), { path: 'cm.yaml', text: cluster('kubeadm-config-cm.yaml').text.replace('kubernetesVersion: v1.33.4', 'kubernetesVersion: v1.33.4\n    controllerManager: {}') }, { path: 'net-conf.json', text: '{"Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "fd00:10:244::/56", "Backend": {"Type": "vxlan"}}' }, { path: 'ds.yaml', text: cluster('kube-flannel-ds-v0.20.1.yaml').text.replaceAll('v0.20.1', 'v0.22.3') }],
  [
    { path: 'node.yaml', text: 'kind: Node\nmetadata:\n  name: w-4\nspec:\n  podCIDRs: [10.244.4.0/24]\n' },
    { path: 'cm.yaml', text: cluster('kubeadm-config-cm.yaml').text },
    { path: 'net-conf.json', text: '{"Network": "10.244.0.0/16", "EnableIPv6": true, "IPv6Network": "fd00:10:244::/56", "Backend": {"Type": "vxlan"}}' },
    { path: 'ds.yaml', text: cluster('kube-flannel-ds-v0.20.1.yaml').text.replaceAll('v0.20.1', 'v0.20.2') },
  ],
];

describe('explanations and fixes in Chinese', () => {
  const described = [...PLANS.flatMap((p) => diagnostics(p)), ...FILES.flatMap((files) => analyzeFiles(files).diagnostics)].map((d) => describeDiagnostic(d, ZH_RULES));

  it('cover many rules', () => {
    expect(new Set(described.map((d) => d.rule)).size).toBeGreaterThan(30);
  });

  it('every message, explanation ("Why") and fix is Chinese, upstream errors verbatim', () => {
    const failures = described.flatMap((d) => [d.message, d.explanation, d.fix, ...d.fixLabels].filter(Boolean).flatMap((text) => notChinese(text) ?? []).map((why) => `${d.rule}: ${why}`));
    expect(failures).toEqual([]);
  });

  it('joins its parts as Chinese does: no space after a full stop, the source as 来源：…。', () => {
    const advertise = described.find((d) => d.rule === 'flannel-ipv6-first-podsubnet')!;
    expect(advertise.explanation).toMatch(/来源：flannel pkg\/subnet\/kube\/kube\.go AcquireLease\/nodeToLease：spec\.podCIDR 按 IPv4 读取；v0\.20\.2 中由 PR #1672 修复。$/);
    expect(described.filter((d) => /。 /.test(d.explanation)).map((d) => d.rule)).toEqual([]);
  });
});

describe('the Chinese UI words', () => {
  const texts = (value: unknown, path: string): Array<[string, string]> => {
    if (typeof value === 'string') return [[path, value]];
    // Functions are called with values as the page passes them.
    if (typeof value === 'function') return [[path, String(value('IPv6', 'cp-1', '2^8'))]];
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
    return [];
  };

  it('every string has no English word; names, file names and backend names stand alone', () => {
    const failures = [...texts(uiZh, 'ui'), ...texts(uiStepsZh, 'steps')]
      .filter(([path]) => path !== 'ui.lang')
      .flatMap(([path, text]) => {
        const why = notChinese(text, { needsCjk: false });
        return why ? [`${path}: ${why}`] : [];
      });
    expect(failures).toEqual([]);
  });
});
