// explainLog and fixedPlanFor in detail: exact normalisation, excerpts of long lines, the order of rules and lines,
// the versions a rule's message is printed in, and the plan each message rebuilds. Every log is built inside its
// test, so a mutation test activates its mutant for it.
import { describe, expect, it } from 'vitest';
import { explainLog, fixedPlanFor, normalizeLine, rulesWithMessages } from '../../src/domain/explain';
import type { Plan } from '../../src/domain/plan';
import { plan } from '../helpers';

const KLOG = 'E0805 05:20:57.156568       1 main.go:330] ';
const BACKEND = 'unknown backend type: vxlan2';
const CONTAINMENT = 'Error registering network: failed to acquire lease: subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "fd00:10:244:1::/64" PodCIDR of the "w-1" node';
const INFORMER_PANIC = 'E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address';

const rulesOf = (log: string) => [...new Set(explainLog(log).map((m) => m.rule))];

describe('normalizeLine, exactly', () => {
  it('drops a Windows line end, and nothing else of the line', () => {
    expect(normalizeLine('none defined stack\r')).toBe('none defined stack');
    expect(normalizeLine('a\rb')).toBe('a\rb');
  });

  it('reads a JSON line with spaces around it', () => {
    expect(normalizeLine('  {"msg":"inner"}  ')).toBe('inner');
  });

  it('joins a multi-line JSON value with single spaces and drops its trailing newlines', () => {
    expect(normalizeLine(JSON.stringify({ log: 'line one\nline two\n\n', stream: 'stderr' }))).toBe('line one line two stderr');
  });

  it('skips null values, numbers and booleans; keeps strings in document order', () => {
    expect(normalizeLine('{"a":null,"b":"first","c":1,"d":true,"e":["second",null],"f":"third"}')).toBe('first second third');
  });

  it('reads a JSON object inside a docker "log" string (also with spaces around it), but not one level deeper', () => {
    expect(normalizeLine(JSON.stringify({ log: `  ${JSON.stringify({ msg: 'inner' })}  \n` }))).toBe('inner');
    const twoDeep = JSON.stringify({ log: JSON.stringify({ msg: JSON.stringify({ deep: 'x' }) }) });
    expect(normalizeLine(twoDeep)).toBe('{"deep":"x"}');
  });

  it('reads at most 10,000 string values of one JSON line', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => `v${i}`);
    const words = normalizeLine(JSON.stringify({ values })).split(' ');
    expect(words).toHaveLength(10_000);
    expect(words[0]).toBe('v0');
    expect(words.at(-1)).toBe('v9999');
  });
});

describe('excerpts of long lines', () => {
  const xs = (n: number) => 'x'.repeat(n);
  const ys = (n: number) => 'y'.repeat(n);

  it('a message in the middle: 100 characters before it, 400 in all, "…" on both sides', () => {
    const [match] = explainLog(`${xs(1000)} ${BACKEND} ${ys(1000)}`);
    expect(match?.excerpt).toBe(`…${xs(99)} ${BACKEND} ${ys(271)}…`);
    expect(match?.span).toEqual([101, 129]);
  });

  it('a message at the end: the last 400 characters, "…" before only', () => {
    const [match] = explainLog(`${xs(1000)} ${BACKEND}`);
    expect(match?.excerpt).toBe(`…${xs(371)} ${BACKEND}`);
    expect(match?.span).toEqual([373, 401]);
  });

  it('a message at the start: the first 400 characters, "…" after only', () => {
    const [match] = explainLog(`${BACKEND} ${ys(1000)}`);
    expect(match?.excerpt).toBe(`${BACKEND} ${ys(371)}…`);
    expect(match?.span).toEqual([0, 28]);
  });

  it('a message longer than 400 characters is kept whole', () => {
    const value = Array.from({ length: 20 }, () => '10.244.0.0/16').join(',');
    const message = `networking.podSubnet: Invalid value: "${value}": the size of pod subnet with mask 80 is smaller than the size of node subnet with mask 64`;
    expect(message.length).toBeGreaterThan(400);
    const [match] = explainLog(`${xs(1000)} ${message} ${ys(1000)}`);
    expect(match?.rule).toBe('kubeadm-pod-subnet-smaller-than-node-mask');
    expect(match?.excerpt).toBe(`…${xs(99)} ${message}…`);
    expect(match?.span).toEqual([101, 101 + message.length]);
  });
});

describe('messages on one line', () => {
  it('two messages side by side are both read, whichever comes first', () => {
    expect(rulesOf(`none defined stack; Error fetching backend: ${BACKEND}`)).toEqual(['flannel-backend-unknown', 'flannel-no-stack']);
    expect(rulesOf(`Error fetching backend: ${BACKEND}; none defined stack`)).toEqual(['flannel-backend-unknown', 'flannel-no-stack']);
  });
});

describe('goroutine dumps, line by line', () => {
  it('a blank line inside a dump does not end it; a frame after it is still a frame', () => {
    const log = ['goroutine 1 [running]:', '', 'main.fail(none defined stack)', `${KLOG}${BACKEND}`].join('\n');
    expect(explainLog(log).map((m) => [m.rule, m.line])).toEqual([['flannel-backend-unknown', 4]]);
  });

  it('outside a dump, a line shaped like a call is read', () => {
    expect(explainLog('main.fail(none defined stack)').map((m) => [m.rule, m.line])).toEqual([['flannel-no-stack', 1]]);
  });

  it('inside a dump, a line with a space before its "(" or none at all ends the dump and is read', () => {
    for (const line of ['none defined stack (see above)', '(none defined stack)', 'none defined stack']) {
      const log = ['goroutine 1 [running]:', 'main.main()', line].join('\n');
      expect(explainLog(log).map((m) => [m.rule, m.line]), line).toEqual([['flannel-no-stack', 3]]);
    }
  });

  it('"created by" lines are frames, inside a dump or not', () => {
    expect(explainLog('created by main.run none defined stack')).toEqual([]);
  });
});

describe('ranking', () => {
  it('between two rules with equally specific messages: errors before warnings before notes', () => {
    // Both messages have specificity 46 (kubelet's warning) and 46 (Flannel's error).
    const warningFirst = ['"Could not parse some node IP(s), ignoring them" IPs=["192.168.10.2x"]', 'Failed to create SubnetManager: error parsing subnet config: SubnetMin is not on a SubnetLen boundary: 10.244.1.128'];
    expect(rulesOf(warningFirst.join('\n'))).toEqual(['flannel-subnet-options-invalid', 'kubelet-node-ip-unparsable']);
    expect(rulesOf([...warningFirst].reverse().join('\n'))).toEqual(['flannel-subnet-options-invalid', 'kubelet-node-ip-unparsable']);
    // Specificity 30 each: a note (br_netfilter) and an error (Flannel's lease).
    const noteFirst = ['Failed to check br_netfilter: stat /proc/sys/net/bridge/bridge-nf-call-iptables: no such file or directory', 'Error registering network: failed to acquire lease: node "w-1" pod cidr not assigned'];
    expect(rulesOf(noteFirst.join('\n'))[0]).toBe('kubeadm-pod-subnet-missing');
    expect(rulesOf(noteFirst.join('\n'))).toContain('flannel-br-netfilter');
  });

  it('between two errors equally specific: the earlier line first', () => {
    const endpoint = 'controlPlaneEndpoint: Invalid value: "[fd00::1]": endpoint is not valid';
    const subnet = 'networking.podSubnet: Invalid value: "10.244.0.0/16, fd00:10:244::/56": couldn\'t parse subnet';
    expect(rulesOf(`${endpoint}\n${subnet}`)).toEqual(['kubeadm-control-plane-endpoint-invalid', 'kubeadm-subnet-syntax']);
    expect(rulesOf(`${subnet}\n${endpoint}`)).toEqual(['kubeadm-subnet-syntax', 'kubeadm-control-plane-endpoint-invalid']);
  });

  it('a rule\'s best line may come later in the log: it is listed first, the others follow in log order', () => {
    const log = [INFORMER_PANIC, 'noise', INFORMER_PANIC, CONTAINMENT, INFORMER_PANIC].join('\n');
    const own = explainLog(log).filter((m) => m.rule === 'flannel-ipv6-first-podsubnet');
    expect(own.map((m) => m.line)).toEqual([4, 1, 3, 5]);
    expect(own.every((m) => m.occurrences === 4)).toBe(true);
  });

  it('with room for one line per rule, the best line replaces the first one kept', () => {
    const log = [INFORMER_PANIC, CONTAINMENT].join('\n');
    const own = explainLog(log, { maxPerRule: 1 }).filter((m) => m.rule === 'flannel-ipv6-first-podsubnet');
    expect(own.map((m) => [m.line, m.message.id, m.occurrences])).toEqual([[2, 'flannel-ipv6-first-podsubnet/containment', 2]]);
  });

  it('a line past the limit that is not better is counted, not listed', () => {
    const log = [CONTAINMENT, INFORMER_PANIC, INFORMER_PANIC].join('\n');
    const own = explainLog(log, { maxPerRule: 2 }).filter((m) => m.rule === 'flannel-ipv6-first-podsubnet');
    expect(own.map((m) => [m.line, m.occurrences])).toEqual([[1, 3], [2, 3]]);
  });
});

describe('what a match carries', () => {
  it('params: the message\'s outcome for the rule, then the values it quotes', () => {
    const [match] = explainLog('Error: [service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"]');
    expect(match?.params).toEqual({ mode: 'explicit', serviceCidr: 'fd00:10:96::/112', address: '192.168.10.11' });
    const panic = explainLog('panic: Address is not an IPv4 address');
    expect(panic.find((m) => m.rule === 'flannel-network-not-ipv4')?.params).toEqual({ outcome: 'panic' });
    expect(panic.find((m) => m.rule === 'flannel-ipv6-only-unsupported')?.params).toEqual({});
  });

  it('versions: the message\'s, narrowed to the rule\'s own', () => {
    const versionsOf = (log: string, rule: string) => explainLog(log).find((m) => m.rule === rule)?.versions;
    // Printed v0.19.2 only; the rule from v0.17.0.
    const define = 'Failed to create SubnetManager: error parsing subnet config: Please define a correct Network parameter in the flannel config';
    expect(versionsOf(define, 'flannel-ipv6-only-enable-ipv4')).toEqual({ flannel: { from: '0.19.2', to: '0.19.2' } });
    // Printed v0.15.0–v0.20.1; the rule up to v0.16.3.
    expect(versionsOf(INFORMER_PANIC, 'flannel-ipv6-only-unsupported')).toEqual({ flannel: { from: '0.15.0', to: '0.16.3' } });
    // Printed up to v0.19.2; the rule up to v0.19.99.
    expect(versionsOf('Failed to create SubnetManager: error parsing subnet config: SubnetLen must be less than /31', 'flannel-subnet-options-invalid')).toEqual({ flannel: { to: '0.19.2' } });
    // Printed from v0.26.0; the rule from v0.17.0.
    expect(versionsOf('Error registering network: failed to configure interface flannel.1: IPv4 is enabled but the lease has no IPv4', 'flannel-ipv6-only-enable-ipv4')).toEqual({ flannel: { from: '0.26.0' } });
    // Kubernetes: printed 1.27–1.28 and up to 1.26; the rule up to 1.28.
    expect(versionsOf('failed to run Kubelet: bad --node-ip "10.0.0.5,fd00::5": dual-stack not supported in this configuration', 'kubelet-node-ip-cloud-dual-stack')).toEqual({ kubernetes: { from: '1.27', to: '1.28' } });
    expect(versionsOf('failed to run Kubelet: dual-stack --node-ip "10.0.0.5,fd00::5" not supported when using a cloud provider', 'kubelet-node-ip-cloud-dual-stack')).toEqual({ kubernetes: { to: '1.26' } });
  });

  it('a value that is not a string is read as its text', () => {
    expect(explainLog({ toString: () => 'none defined stack' } as unknown as string)[0]?.rule).toBe('flannel-no-stack');
    expect(explainLog(undefined as unknown as string)).toEqual([]);
  });
});

describe('fixedPlanFor: the plan a message rebuilds', () => {
  const fixedFor = (log: string, base: Plan) => {
    const [match] = explainLog(log);
    return fixedPlanFor(match!, base);
  };
  const tooLarge = (cidr: string) => `networking.serviceSubnet: Invalid value: "${cidr}": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108`;
  const podSmaller = (value: string) => `networking.podSubnet: Invalid value: "${value}": the size of pod subnet with mask 80 is smaller than the size of node subnet with mask 64`;

  it('reads a subnet as kubeadm does: host bits allowed', () => {
    const fixed = fixedFor(tooLarge('fd00:10:96::1/64'), plan());
    expect(fixed?.before.serviceCidr.ipv6).toBe('fd00:10:96::1/64');
    expect(fixed?.plan.serviceCidr.ipv6).toBe('fd00:10:96::/108');
  });

  it('a single-family subnet on a single-stack plan of the other family makes the plan that family', () => {
    // The user's own node: a plan turned IPv6 writes its IPv6 address (never the example's, explain.test.ts).
    const fixed = fixedFor(tooLarge('fd00:10:96::/64'), plan({ stack: 'ipv4', nodes: [{ name: 'cp', role: 'control-plane' as const, ipv4: '10.0.0.5', ipv6: 'fd12::5' }] }));
    expect(fixed?.before).toMatchObject({ stack: 'ipv6', primaryFamily: 'ipv6' });
    expect(fixedFor(tooLarge('fd00:10:96::/64'), plan())?.before).toMatchObject({ stack: 'dual', primaryFamily: 'ipv4' });
  });

  it('a dual-stack pod subnet keeps its order, and the fix changes only the family it names', () => {
    const fixed = fixedFor(podSmaller('fd00:10:244::/80,10.244.0.0/16'), plan({ stack: 'ipv4', nodes: [{ name: 'cp', role: 'control-plane' as const, ipv4: '10.0.0.5', ipv6: 'fd12::5' }] }));
    expect(fixed?.before.stack).toBe('dual');
    expect(fixed?.before.overrides.podSubnetOrder).toEqual(['ipv6', 'ipv4']);
    expect(fixed?.before.podCidr).toEqual({ ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/80' });
    expect(fixed?.plan.nodeMask).toEqual({ ipv4: '24', ipv6: '64' });
    expect(fixed?.plan.podCidr).toEqual({ ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/56' });
  });

  it('null for a list it cannot place: three subnets, two of one family, or one that does not parse', () => {
    const base = plan();
    expect(fixedFor(podSmaller('10.244.0.0/16,fd00:10:244::/80,10.245.0.0/16'), base)).toBeNull();
    expect(fixedFor(podSmaller('10.244.0.0/16,10.245.0.0/16'), base)).toBeNull();
    expect(fixedFor(podSmaller('fd00:10:244::/80,10.244.0.0/33'), base)).toBeNull();
    expect(fixedFor(podSmaller('fd00:10:244::/80,nonsense'), base)).toBeNull();
  });

  it('null when the rebuilt plan does not show the rule (the subnet is not too large after all)', () => {
    expect(fixedFor(tooLarge('fd00:10:96::/112'), plan())).toBeNull();
  });

  it('kube-apiserver\'s family message on a single-stack IPv4 plan gives an IPv6 plan', () => {
    // The user's own node (a fix never writes the example's address: explain.test.ts).
    const nodes = [{ name: 'cp', role: 'control-plane' as const, ipv4: '10.0.0.5', ipv6: 'fd12::5' }];
    const fixed = fixedFor('Error: [service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"]', plan({ stack: 'ipv4', nodes, overrides: { serviceSubnetOrder: ['ipv4', 'ipv6'] } }));
    expect(fixed?.before).toMatchObject({ stack: 'ipv6', primaryFamily: 'ipv6', advertiseAddress: '192.168.10.11' });
    expect(fixed?.before.serviceCidr.ipv6).toBe('fd00:10:96::/112');
    expect(fixed?.before.overrides.serviceSubnetOrder).toBeUndefined();
    expect(fixed?.plan.advertiseAddress).toBe('fd12::5');
    expect(fixedFor('Error: [service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"]', plan({ nodes }))?.before.stack).toBe('dual');
  });

  it('the IPv6-first crash keeps a Flannel version the message is printed in, else takes its last', () => {
    const atVersion = (flannelVersion: string) => fixedFor(CONTAINMENT, plan({ flannelVersion }))?.before.flannelVersion;
    expect(atVersion('0.19.0')).toBe('0.19.0');
    expect(atVersion('0.18.0')).toBe('0.18.0');
    expect(atVersion('0.20.1')).toBe('0.20.1');
    expect(atVersion('0.17.0')).toBe('0.20.1');
    expect(atVersion('0.28.9')).toBe('0.20.1');
    const fixed = fixedFor(CONTAINMENT, plan({ flannelVersion: '0.19.0', overrides: { podSubnet: 'fd00:10:244::/56,10.244.0.0/16' } }));
    expect(fixed?.before.overrides).toEqual({ podSubnetOrder: ['ipv6', 'ipv4'] });
    expect(fixed?.plan.flannelVersion).toBe('0.28.9');
  });
});

describe('rulesWithMessages', () => {
  it('lists each rule once: those owning a message and those sharing one', () => {
    const ids = rulesWithMessages();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('flannel-no-stack');
    // Only ever another possible cause of a message.
    expect(ids).toContain('controller-manager-one-node-block');
    expect(ids).toContain('cluster-field-family');
    // A rule whose outcome prints nothing of its own.
    expect(ids).not.toContain('kubernetes-version-unknown');
  });
});
