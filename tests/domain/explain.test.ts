import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainLog, fixedPlanFor, matchParams, normalizeLine, valuesToFillIn } from '../../src/domain/explain';
import { defaultPlan } from '../../src/domain/plan';
import { UPSTREAM_MESSAGES, type UpstreamMessage, compileTemplate } from '../../src/domain/rules/messages';

// Lines a component prints on a good day: none of them holds a message of the catalogue.
const NOISE = [
  'I0805 05:20:56.979766       1 main.go:207] CLI flags config: {etcdEndpoints:http://127.0.0.1:4001,http://127.0.0.1:2379 kubeSubnetMgr:true ipMasq:true}',
  'W0805 05:20:56.979851       1 client_config.go:617] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.',
  'I0805 05:20:57.081563       1 kube.go:120] Waiting 10m0s for node controller to sync',
  'I0805 05:20:58.082030       1 main.go:463] Found network config - Backend type: vxlan',
  'I0805 05:20:58.082155       1 vxlan.go:138] VXLAN config: VNI=1 Port=0 GBP=false Learning=false DirectRouting=false',
  '[init] Using Kubernetes version: v1.30.2',
  '[preflight] Running pre-flight checks',
  '  Normal  NodeHasSufficientMemory  5m  kubelet  Node worker-1 status is now: NodeHasSufficientMemory',
  '{"ts":1722835257156.568,"caller":"app/server.go:1217","msg":"Starting kubelet","v":0}',
  'Aug  5 05:20:57 worker-1 kubelet[1234]: I0805 05:20:57.156568    1234 server.go:484] "Kubelet version" kubeletVersion="v1.30.2"',
  '',
];

const KLOG = (level: string) => `${level}0805 05:20:57.156568       1 kube.go:123] `;

/** One log line that holds `text`, written the ways components and log collectors write it. */
const wrapped = (text: string) =>
  fc
    .record({
      prefix: fc.constantFrom('', KLOG('E'), KLOG('W'), '2022-08-05T05:20:57.156568Z ', '2022-08-05T05:20:57.156568123Z stderr F ', 'Aug  5 05:20:57 worker-1 kubelet[1234]: ', '2022-08-05 05:20:57,156 '),
      form: fc.constantFrom('plain', 'klog-structured', 'json', 'docker-json', 'json-in-json'),
      ansi: fc.nat(text.length),
      colour: fc.boolean(),
    })
    .map(({ prefix, form, ansi, colour }) => {
      // An ANSI colour code anywhere in the message (normalisation removes it), and maybe around the whole line.
      const coloured = colour ? `${text.slice(0, ansi)}\x1b[1;31m${text.slice(ansi)}\x1b[0m` : text;
      const goQuoted = `"${coloured.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      switch (form) {
        case 'klog-structured':
          return `${KLOG('E')}"Failed" err=${goQuoted}`;
        case 'json':
          return JSON.stringify({ ts: 1722835257.15, caller: 'app/server.go:1217', msg: 'Failed', err: coloured });
        case 'docker-json':
          return JSON.stringify({ log: `${prefix}${coloured}\n`, stream: 'stderr', time: '2022-08-05T05:20:57.156568Z' });
        case 'json-in-json':
          return JSON.stringify({ log: `${JSON.stringify({ msg: coloured, level: 'error' })}\n`, stream: 'stderr' });
        default:
          return `${prefix}${coloured}`;
      }
    });

const logWith = (m: UpstreamMessage) =>
  fc.tuple(fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }), wrapped(m.example), fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }));

describe('explainLog over the whole catalogue', () => {
  it('the noise lines match nothing', () => {
    expect(explainLog(NOISE.join('\n'))).toEqual([]);
  });

  // The Done-when: a new message in rules/messages.ts is tested here without a line of test code.
  it.each(UPSTREAM_MESSAGES.map((m) => [m.id, m] as const))('%s: a log line holding it ranks its rule first', (_id, m) => {
    fc.assert(
      fc.property(logWith(m), ([before, line, after]) => {
        const matches = explainLog([...before, line, ...after].join('\n'));
        expect(matches[0]?.rule).toBe(m.rule);
        expect(matches[0]?.message.id).toBe(m.id);
        expect(matches[0]?.line).toBe(before.length + 1);
        expect(matches[0]?.also).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});

describe('normalizeLine', () => {
  it('removes klog headers, timestamps, CRI and syslog prefixes, and ANSI codes', () => {
    expect(normalizeLine('E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: x')).toBe('Observed a panic: x');
    expect(normalizeLine('2022-08-05T05:20:57.156568123Z stderr F E0805 05:20:57.156568       1 main.go:330] boom')).toBe('boom');
    expect(normalizeLine('2022-08-05T05:20:57+02:00 boom')).toBe('boom');
    expect(normalizeLine('Aug  5 05:20:57 worker-1 kubelet[1234]: E0805 05:20:57.156568    1234 server.go:1] boom')).toBe('boom');
    expect(normalizeLine('2022-08-05T05:20:57+0000 worker-1 kubelet[1234]: boom')).toBe('boom');
    expect(normalizeLine('\x1b[31mERRO\x1b[0m boom \x1b[1;31mred\x1b[0m')).toBe('ERRO boom red');
  });

  it('reads JSON log lines as their string values, and unescapes Go-quoted text', () => {
    expect(normalizeLine('{"ts":1.5,"msg":"Failed to run kubelet","err":"bad --node-ip \\"a,b\\": x"}')).toBe('Failed to run kubelet bad --node-ip "a,b": x');
    expect(normalizeLine('{"log":"E0805 05:20:57.156568       1 main.go:330] boom\\n","stream":"stderr"}')).toBe('boom stderr');
    expect(normalizeLine('E0805 05:20:57.156568       1 x.go:1] "Failed" err="subnet \\"10.244.0.0/16\\" bad"')).toBe('"Failed" err="subnet "10.244.0.0/16" bad"');
    expect(normalizeLine('{"nested":{"msg":"inner"},"list":["x",{"deep":["y"]}],"n":1}')).toBe('inner x y');
    expect(normalizeLine('{not json} \\"x\\"')).toBe('{not json} "x"');
  });
});

// tests/fixtures/flannel-1629-crash.txt is modelled on flannel-io/flannel#1629 (kubeadm 1.23.9, podSubnet IPv6 first, Flannel v0.19): the first start fails
// the containment check, every restart panics in the node informer. The "Observed a panic" line is the issue's own.
const ISSUE_1629 = readFileSync('tests/fixtures/flannel-1629-crash.txt', 'utf8');

describe('the flannel-io/flannel#1629 crash log', () => {
  // Read in each test, not once here: a mutation run activates its mutant only inside tests.
  const crash = () => explainLog(ISSUE_1629);

  it('gives the IPv6-first podSubnet rule first, at the containment error, with the versions that print it', () => {
    const matches = crash();
    expect(matches[0]).toMatchObject({
      rule: 'flannel-ipv6-first-podsubnet',
      severity: 'error',
      component: 'flannel',
      line: 8,
      versions: { flannel: { from: '0.18.0', to: '0.20.1' } },
      also: false,
      captures: { network: '10.244.0.0/16', podCidr: 'fd00::1234:5678:100:0/120', node: 'k8s-node1' },
      occurrences: 4,
    });
    expect(matches[0]!.excerpt.slice(...matches[0]!.span)).toBe(
      'subnet "10.244.0.0/16" specified in the flannel net config doesn\'t contain "fd00::1234:5678:100:0/120" PodCIDR of the "k8s-node1" node',
    );
  });

  it('lists the rule\'s other lines after it: the informer panic (its own message) and the panics it shares', () => {
    const matches = crash();
    const own = matches.filter((m) => m.rule === 'flannel-ipv6-first-podsubnet');
    expect(own.map((m) => [m.line, m.message.id, m.also])).toEqual([
      [8, 'flannel-ipv6-first-podsubnet/containment', false],
      [12, 'flannel-ipv6-first-podsubnet/informer-panic', false],
      [24, 'flannel-network-not-ipv4/panic', true],
      [25, 'flannel-network-not-ipv4/panic', true],
    ]);
    expect(own[1]!.versions).toEqual({ flannel: { from: '0.15.0', to: '0.20.1' } });
  });

  it('then the other causes of the same panic, and never a goroutine frame', () => {
    const matches = crash();
    expect([...new Set(matches.map((m) => m.rule))]).toEqual([
      'flannel-ipv6-first-podsubnet',
      'flannel-ipv6-only-unsupported',
      'flannel-network-not-ipv4',
      'flannel-ipv6-only-enable-ipv4',
      'flannel-backend-no-ipv6',
    ]);
    // Each cause with the versions in which the panic is its outcome.
    expect(matches.find((m) => m.rule === 'flannel-network-not-ipv4')?.versions).toEqual({ flannel: { to: '0.28.8' } });
    expect(matches.find((m) => m.rule === 'flannel-ipv6-only-enable-ipv4')?.versions).toEqual({ flannel: { from: '0.17.0', to: '0.19.1' } });
    expect(matches.find((m) => m.rule === 'flannel-ipv6-only-unsupported')?.versions).toEqual({ flannel: { from: '0.15.0', to: '0.16.3' } });
    expect(matches.find((m) => m.rule === 'flannel-backend-no-ipv6')?.versions).toBeUndefined();
    // The generic containment message is the same words read less precisely: dropped on line 8.
    expect(matches.some((m) => m.rule === 'flannel-network-contains-pod-cidr')).toBe(false);
    const frames = new Set([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 27, 28, 29, 30, 31]);
    expect(matches.filter((m) => frames.has(m.line))).toEqual([]);
  });

  it('opens the wizard with the fix: Flannel after v0.20.2, from a plan with IPv6 first in podSubnet', () => {
    const matches = crash();
    const fixed = fixedPlanFor(matches[0]!, defaultPlan());
    expect(fixed?.before.overrides.podSubnetOrder).toEqual(['ipv6', 'ipv4']);
    expect(fixed?.before.flannelVersion).toBe('0.20.1');
    expect(fixed?.fix).toEqual({ label: 'set-flannel-version', params: { version: '0.28.9' }, set: [{ field: 'flannelVersion', value: '0.28.9' }] });
    expect(fixed?.plan.flannelVersion).toBe('0.28.9');
    expect(fixed?.plan.overrides.podSubnetOrder).toEqual(['ipv6', 'ipv4']);
  });
});

// tests/fixtures/kubeadm-init-service-subnet.txt: kubeadm init's output when validation fails (the field errors, then kubeadm's hint).
const KUBEADM_INIT = readFileSync('tests/fixtures/kubeadm-init-service-subnet.txt', 'utf8');

describe('kubeadm init output', () => {
  it('a Service subnet error gives its rule first, the deprecation warning after it', () => {
    const matches = explainLog(KUBEADM_INIT);
    expect(matches.map((m) => [m.rule, m.line, m.severity])).toEqual([
      ['kubeadm-service-subnet-too-small', 3, 'error'],
      ['kubeadm-api-version', 2, 'error'],
    ]);
    expect(matches[0]!.captures).toEqual({ cidr: '10.96.0.0/29', size: '8' });
    expect(matches[1]!.versions).toEqual({ kubernetes: { from: '1.31', to: '1.35' } });
  });

  it('the pod subnet\'s minimum (14) is another rule', () => {
    const [first] = explainLog('networking.podSubnet: Invalid value: "10.244.0.0/29": subnet with 8 address(es) is too small, the minimum is 14');
    expect(first?.rule).toBe('kubeadm-pod-subnet-too-small');
  });

  it('a Service subnet too large opens the wizard with kubeadm\'s largest prefix', () => {
    const [match] = explainLog('networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108');
    expect(match?.rule).toBe('kubeadm-service-subnet-too-large');
    const fixed = fixedPlanFor(match!, defaultPlan());
    expect(fixed?.before.serviceCidr.ipv6).toBe('fd00:10:96::/64');
    expect(fixed?.plan.serviceCidr.ipv6).toBe('fd00:10:96::/108');
  });

  it('a pod subnet smaller than the node mask opens the wizard with a pod CIDR that holds /64 blocks', () => {
    const [match] = explainLog('networking.podSubnet: Invalid value: "10.244.0.0/16,fd00:10:244::/80": the size of pod subnet with mask 80 is smaller than the size of node subnet with mask 64');
    const fixed = fixedPlanFor(match!, defaultPlan());
    expect(fixed?.before.podCidr).toEqual({ ipv4: '10.244.0.0/16', ipv6: 'fd00:10:244::/80' });
    expect(fixed?.fix.set).toEqual([{ field: 'podCidr.ipv6', value: 'fd00:10:244::/56' }]);
    expect(fixed?.plan.nodeMask.ipv6).toBe('64');
  });
});

describe('fixedPlanFor', () => {
  it('kube-apiserver\'s family message: the plan it quotes, with the advertise address of the Service family', () => {
    const [match] = explainLog('E0612 10:11:12.123456       1 run.go:74] "command failed" err="[service IP family \\"fd00:10:96::/112\\" must match public address family \\"192.168.10.11\\"]"');
    expect(match?.rule).toBe('apiserver-advertise-family');
    expect(match?.captures).toEqual({ serviceCidr: 'fd00:10:96::/112', address: '192.168.10.11' });
    // The user's own node: its IPv6 address becomes the advertise address.
    const own = { ...defaultPlan(), nodes: [{ name: 'k8s-cp', role: 'control-plane' as const, ipv4: '10.0.0.5', ipv6: '2001:db8:5::5' }] };
    const fixed = fixedPlanFor(match!, own);
    expect(fixed?.before).toMatchObject({ primaryFamily: 'ipv6', advertiseAddress: '192.168.10.11' });
    expect(fixed?.plan.advertiseAddress).toBe('2001:db8:5::5');
    expect(valuesToFillIn(match!, own)).toEqual([]);
  });

  it('a fresh page: the fix would write the example node\'s address, so it is not offered; the page says what to fill in', () => {
    const [match] = explainLog('service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"');
    expect(fixedPlanFor(match!, defaultPlan())).toBeNull();
    expect(valuesToFillIn(match!, defaultPlan())).toEqual([{ index: 0, field: 'ipv6', value: 'fd00:192:168:10::11' }]);
    // Once the address is typed in (the example mark of that field gone), the fix is offered with it.
    const typed = defaultPlan();
    typed.nodes[0] = { ...typed.nodes[0]!, ipv6: 'fd00:192:168:10::11', example: ['name', 'ipv4'] };
    expect(fixedPlanFor(match!, typed)?.plan.advertiseAddress).toBe('fd00:192:168:10::11');
  });

  it('a fix whose stack brings in the example\'s address of the other family is not offered either', () => {
    const [family] = explainLog('service IP family "fd00:10:96::/112" must match public address family "192.168.10.11"');
    const ipv4Only = { ...defaultPlan(), stack: 'ipv4' as const };
    // The rebuilt plan is dual-stack: the example node's IPv6 address would reach the files.
    expect(fixedPlanFor(family!, ipv4Only)).toBeNull();
    expect(valuesToFillIn(family!, ipv4Only)).toEqual([{ index: 0, field: 'ipv6', value: 'fd00:192:168:10::11' }]);
    // The user typed their name and IPv4 address; only the unused IPv6 field is still the example's.
    const [crash] = explainLog('E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address');
    const typed = { ...ipv4Only, nodes: [{ name: 'k8s-cp', role: 'control-plane' as const, ipv4: '10.0.0.5', ipv6: 'fd00:192:168:10::11', example: ['ipv6' as const] }] };
    expect(fixedPlanFor(crash!, typed)).toBeNull();
    expect(valuesToFillIn(crash!, typed)).toEqual([{ index: 0, field: 'ipv6', value: 'fd00:192:168:10::11' }]);
    // With an IPv6 address of the user's own, the fix is offered and its files hold no example value.
    const own = { ...typed, nodes: [{ ...typed.nodes[0]!, ipv6: 'fd12::5', example: undefined }] };
    expect(fixedPlanFor(crash!, own)?.plan.stack).toBe('dual');
  });

  it('the words\' parameters come from the log and the user\'s plan, never from a plan rebuilt from the example', () => {
    const [match] = explainLog('E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address');
    expect(match?.rule).toBe('flannel-ipv6-first-podsubnet');
    // Fresh page: the rebuilt plan would quote "fd00:10:244::/56,10.244.0.0/16", a podSubnet nobody wrote.
    expect(matchParams(match!, defaultPlan()).podSubnet).toBeUndefined();
    expect(matchParams(match!, defaultPlan())).toEqual({ outcome: 'crashloop' });
    // The user's own plan (their nodes), IPv6 first as the log says: their own ranges.
    const own = { ...defaultPlan(), podCidr: { ipv4: '10.50.0.0/16', ipv6: 'fd12:3456::/56' }, nodes: [{ name: 'k8s-cp', role: 'control-plane' as const, ipv4: '10.0.0.5', ipv6: 'fd12::5' }] };
    expect(matchParams(match!, own).podSubnet).toBe('fd12:3456::/56,10.50.0.0/16');
  });

  it('null where the message says too little, or names another possible cause', () => {
    const [none] = explainLog('none defined stack');
    expect(fixedPlanFor(none!, defaultPlan())).toBeNull();
    const also = explainLog('panic: Address is not an IPv4 address').find((m) => m.also)!;
    expect(also.rule).toBe('flannel-ipv6-first-podsubnet');
    expect(fixedPlanFor(also, defaultPlan())).toBeNull();
    const [bad] = explainLog('service IP family "fd00:10:96::/999" must match public address family "1.2.3.4"');
    expect(bad?.rule).toBe('apiserver-advertise-family');
    expect(fixedPlanFor(bad!, defaultPlan())).toBeNull();
  });
});

describe('goroutine dumps', () => {
  it('frames are never read as messages, even a frame naming one; the first log line after the dump is read again', () => {
    const log = [
      'I0612 10:11:12.123456       1 range_allocator.go:1] starting',
      'goroutine 7 [running]:',
      'k8s.io/kubernetes/pkg/controller/nodeipam.recordCIDRNotAvailable(0xc000123, {0x0, 0x0})',
      '\t/go/src/k8s.io/kubernetes/pkg/controller/nodeipam/CIDRNotAvailable.go:12 +0x1b9',
      '',
      'goroutine 8 [select]:',
      'created by k8s.io/kubernetes/pkg/controller/nodeipam.CIDRNotAvailable',
      'E0612 10:11:13.123456       1 event.go:1] Node worker-3 status is now: CIDRNotAvailable',
    ].join('\n');
    expect(explainLog(log).map((m) => [m.rule, m.line])).toEqual([
      ['controller-manager-node-capacity', 8],
      ['controller-manager-one-node-block', 8],
    ]);
  });
});

describe('large and hostile input', () => {
  it('10 MB of log: every planted message is found, and each rule reports at most 20 lines', () => {
    const filler = NOISE.filter(Boolean);
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const line = i === 1000 ? 'E0805 05:20:57.156568       1 main.go:283] none defined stack'
        : i % 2000 === 1999 ? 'E0805 05:20:57.156568       1 runtime.go:76] Observed a panic: Address is not an IPv4 address'
          : filler[i % filler.length]!;
      lines.push(line);
      size += line.length + 1;
    }
    const matches = explainLog(lines.join('\n'));
    const panics = matches.filter((m) => m.rule === 'flannel-ipv6-first-podsubnet');
    expect(panics).toHaveLength(20);
    expect(panics[0]).toMatchObject({ line: 2000, occurrences: Math.floor(lines.length / 2000) });
    expect(matches.find((m) => m.rule === 'flannel-no-stack')?.line).toBe(1001);
  });

  it('one 10 MB line with the message at its end: found, and the excerpt is cut around it', () => {
    const line = `${'x'.repeat(10 * 1024 * 1024)} Error fetching backend: unknown backend type: vxlan2`;
    const [match] = explainLog(line);
    expect(match?.rule).toBe('flannel-backend-unknown');
    expect(match!.excerpt.length).toBeLessThan(500);
    expect(match!.excerpt.slice(...match!.span)).toBe('unknown backend type: vxlan2');
  });

  it('no template backtracks without bound: each message\'s anchor repeated with near-miss values over 200 KB', () => {
    for (const m of UPSTREAM_MESSAGES) {
      const { anchor } = compileTemplate(m.template);
      const nearMiss = `${anchor} "1.2.3.4/ fd00:: 10.0.0.0/33 ${'9'.repeat(30)} ${'a:'.repeat(40)}`;
      const line = nearMiss.repeat(Math.ceil(200_000 / nearMiss.length));
      expect(Array.isArray(explainLog(line)), m.id).toBe(true);
    }
  });

  it('binary, lone backslashes, broken JSON and escapes never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(Array.isArray(explainLog(text))).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\\', '"', '{', '}', '\\"', '\x1b[', '\n', 'goroutine 1 [running]:', 'a(', ')', ' ', '\r', 'none defined stack'), { maxLength: 200 }), (parts) => {
        expect(Array.isArray(explainLog(parts.join('')))).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(explainLog('\\'.repeat(1_000_000))).toEqual([]);
    expect(explainLog(`{"msg":${'['.repeat(100_000)}`)).toEqual([]);
    expect(explainLog(`${'{"a":'.repeat(20_000)}"none defined stack"${'}'.repeat(20_000)}`)[0]?.rule).toBe('flannel-no-stack');
    expect(explainLog('')).toEqual([]);
  });
});
