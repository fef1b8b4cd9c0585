import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/domain/rules/catalogue';
import { UPSTREAM_MESSAGES, alsoMessagesOf, compileTemplate, messagesOf } from '../../../src/domain/rules/messages';
import { parseFlannelVersion, parseKubernetesVersion } from '../../../src/domain/versions';

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

describe('the upstream message catalogue', () => {
  it('has unique ids of the form <rule>/<key>, each naming a rule of the catalogue', () => {
    const ids = UPSTREAM_MESSAGES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of UPSTREAM_MESSAGES) {
      expect(m.id.startsWith(`${m.rule}/`), m.id).toBe(true);
      expect(RULE_IDS.has(m.rule), m.id).toBe(true);
      for (const also of m.alsoRules ?? []) {
        expect(RULE_IDS.has(also), `${m.id} also ${also}`).toBe(true);
        expect(also, m.id).not.toBe(m.rule);
      }
    }
  });

  it('every template compiles, and matches its own example', () => {
    for (const m of UPSTREAM_MESSAGES) {
      const compiled = compileTemplate(m.template);
      expect(compiled.regex.test(m.example), m.id).toBe(true);
    }
  });

  it('every example prints the verbatim text: each literal piece between Go verbs appears in it, in order', () => {
    for (const m of UPSTREAM_MESSAGES) {
      let at = 0;
      for (const piece of m.text.split(/%[qsvdw]/)) {
        const found = m.example.indexOf(piece, at);
        expect(found, `${m.id}: "${piece}" in "${m.example}"`).toBeGreaterThanOrEqual(0);
        at = found + piece.length;
      }
    }
  });

  it('every source names upstream, never this project or its notes', () => {
    const upstream = /\.go\b|PR #\d+|commit [0-9a-f]{7,}|\bv\d+\.\d+\.\d+\b|KEP-\d+/;
    for (const m of UPSTREAM_MESSAGES) {
      expect(m.source, m.id).toMatch(upstream);
      expect(m.source, m.id).not.toMatch(/shared\/|reference\/|flannel\.md|kubernetes\.md|§|dualstack-wizard/);
    }
  });

  it('versions parse, run from low to high, and lie inside the rule\'s own versions', () => {
    const flannel = (v: string) => parseFlannelVersion(v)!;
    const semver = (v: string) => [flannel(v).major, flannel(v).minor, flannel(v).patch];
    const le = (a: number[], b: number[]) => a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)));
    for (const m of UPSTREAM_MESSAGES) {
      const f = m.versions?.flannel;
      const k = m.versions?.kubernetes;
      if (f?.from) expect(parseFlannelVersion(f.from), m.id).not.toBeNull();
      if (f?.to) expect(parseFlannelVersion(f.to), m.id).not.toBeNull();
      if (f?.from && f.to) expect(le(semver(f.from), semver(f.to)), m.id).toBe(true);
      if (k?.from) expect(parseKubernetesVersion(k.from), m.id).not.toBeNull();
      if (k?.to) expect(parseKubernetesVersion(k.to), m.id).not.toBeNull();
      if (k?.from && k.to) expect(parseKubernetesVersion(k.from)!.minor).toBeLessThanOrEqual(parseKubernetesVersion(k.to)!.minor);
      const own = RULES.find((r) => r.id === m.rule)!.versions;
      if (own?.flannel?.to && f) expect(le(semver(f.to ?? '99.0.0'), semver(own.flannel.to)), m.id).toBe(true);
      if (own?.flannel?.from && f) expect(le(semver(own.flannel.from), semver(f.from ?? '0.0.0')), m.id).toBe(true);
    }
  });

  it('lists the messages the issue names, each under its rule', () => {
    const texts = (rule: string) => messagesOf(rule).map((m) => m.text);
    expect(texts('flannel-network-not-ipv4')).toContain('Address is not an IPv4 address');
    expect(texts('flannel-ipv6-first-podsubnet')).toEqual([
      'Observed a panic: Address is not an IPv4 address',
      'subnet %q specified in the flannel net config doesn\'t contain %q PodCIDR of the %q node',
    ]);
    expect(texts('flannel-dual-stack-ipv4-only-netconf')).toContain('could not find an ipv6 network in the flannel configuration');
    expect(texts('flannel-enable-ipv6-without-pod-cidr')).toContain('failed to configure interface %s: IPv6 is enabled but the lease has no IPv6');
    expect(texts('flannel-no-stack')).toEqual(['none defined stack']);
    expect(texts('flannel-backend-unknown')).toEqual(['unknown backend type: %v']);
    expect(texts('apiserver-advertise-family')).toEqual(['service IP family %q must match public address family %q']);
    expect(texts('controller-manager-node-capacity')).toEqual(['CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range', 'CIDRNotAvailable']);
    expect(texts('kubelet-node-ip-count')).toEqual(['bad --node-ip %q: must contain either a single IP or a dual-stack pair of IPs']);
    expect(texts('kubeadm-subnet-count')).toEqual(['expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking']);
    // The generic panic belongs to the Network rule and names the other causes.
    expect(alsoMessagesOf('flannel-ipv6-first-podsubnet').map((m) => m.id)).toEqual(['flannel-network-not-ipv4/panic']);
    expect(alsoMessagesOf('controller-manager-one-node-block').map((m) => m.id)).toEqual([
      'kubeadm-pod-subnet-missing/not-assigned',
      'controller-manager-node-capacity/no-remaining',
      'controller-manager-node-capacity/event',
    ]);
  });

  it('rules whose outcome prints nothing of its own have no messages', () => {
    for (const id of ['flannel-unknown-key', 'cluster-pod-service-overlap', 'flannel-subnet-options-ignored', 'kubelet-node-ip-missing-family', 'cluster-documentation-prefix']) {
      expect(messagesOf(id), id).toEqual([]);
    }
  });
});

describe('compileTemplate', () => {
  it('escapes literals, captures named placeholders, and makes [[…]] optional', () => {
    const t = compileTemplate('[[networking.{setting:word}: ]]subnet "{cidr:cidr4}" (x) {:int}');
    expect(t.captures).toEqual(['setting', 'cidr']);
    expect(t.regex.exec('networking.podSubnet: subnet "10.0.0.0/8" (x) 12')?.groups).toEqual({ setting: 'podSubnet', cidr: '10.0.0.0/8' });
    expect(t.regex.exec('subnet "10.0.0.0/8" (x) 12')?.groups).toEqual({ setting: undefined, cidr: '10.0.0.0/8' });
    expect(t.regex.test('subnet "fd00::/8" (x) 12')).toBe(false);
    expect(t.regex.test('subnet "10.0.0.0/8" x 12')).toBe(false);
    expect(t.anchor).toBe('subnet "');
  });

  it('specificity: literal characters outside [[…]], plus 8 for a one-family value, 4 for any CIDR or IP, 2 for an integer, 1 for a name', () => {
    expect(compileTemplate('abcd').specificity).toBe(4);
    expect(compileTemplate('[[xyz ]]abcd').specificity).toBe(4);
    expect(compileTemplate('abcd {a:cidr4} {b:ip6}').specificity).toBe(4 + 2 + 8 + 8);
    expect(compileTemplate('abcd {a:cidr} {b:ip}').specificity).toBe(4 + 2 + 4 + 4);
    expect(compileTemplate('abcd {a:int}{b:name}{c:word}{d:text}{e:any}').specificity).toBe(5 + 2 + 1);
  });

  it('refuses a malformed template', () => {
    expect(() => compileTemplate('abcd {x:nope}')).toThrow(/bad placeholder/);
    expect(() => compileTemplate('[[abcd')).toThrow(/unbalanced/);
    expect(() => compileTemplate('abcd ]]')).toThrow(/unbalanced/);
    expect(() => compileTemplate('{a:int} {a:int} abcd')).toThrow(/twice/);
    expect(() => compileTemplate('ab {a:int}')).toThrow(/no literal piece/);
  });
});
