// A value typed into one per-family field that does not parse, or is not of the field's family: exactly one
// diagnostic, at that field, saying what is wrong; nothing on the Flannel step or on an untouched field.
import { describe, expect, it } from 'vitest';
import { describeDiagnostic } from '../../../src/content/describe';
import { ZH_RULES as CHINESE } from '../../../src/content/zh';
import type { Plan } from '../../../src/domain/plan';
import type { Diagnostic } from '../../../src/domain/rules/types';
import { diagnostics, explanation, message, plan } from '../../helpers';

/** What the page shows as problems: everything but the notes every dual-stack plan gets. */
const problems = (p: Plan): Diagnostic[] => diagnostics(p).filter((d) => d.severity !== 'info');

const kubeadmSyntax = { rule: 'kubeadm-subnet-syntax', severity: 'error', component: 'kubeadm', phase: 'kubeadm-validate', fixes: [] };
const fieldFamily = { rule: 'cluster-field-family', severity: 'error', component: 'cluster', phase: 'kubeadm-validate', fixes: [] };
const nodeUnparsable = { rule: 'kubelet-node-ip-unparsable', severity: 'error', component: 'kubelet', phase: 'runtime', fixes: [] };

const withPod = (family: 'ipv4' | 'ipv6', value: string, patch: Parameters<typeof plan>[0] = {}): Plan => {
  const p = plan(patch);
  p.podCidr = { ...p.podCidr, [family]: value };
  return p;
};
const withService = (family: 'ipv4' | 'ipv6', value: string): Plan => {
  const p = plan();
  p.serviceCidr = { ...p.serviceCidr, [family]: value };
  return p;
};
const withNode = (index: number, family: 'ipv4' | 'ipv6', value: string, patch: Parameters<typeof plan>[0] = {}): Plan => {
  const p = plan(patch);
  p.nodes = [...p.nodes, { name: 'worker-1', role: 'worker', ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' }];
  p.nodes[index] = { ...p.nodes[index]!, [family]: value };
  return p;
};

describe('a pod CIDR field that does not parse: one kubeadm-subnet-syntax error at that field, saying what is wrong', () => {
  it.each([
    ['hello', { hint: 'not-address', address: 'hello' }, '"hello" is not an IP address'],
    ['hello/16', { hint: 'not-address', address: 'hello' }, '"hello" is not an IP address'],
    ['10.0.0.0/33', { hint: 'prefix-too-long', prefix: '33', bits: 32 }, 'the prefix /33 is over 32'],
    ['10.0.0.0/32', null, null],
    ['10.0.0.0/x', { hint: 'bad-prefix', prefix: 'x', bits: 32 }, 'the prefix "/x" is not a number from 0 to 32'],
    ['10.0.0.0/-1', { hint: 'bad-prefix', prefix: '-1', bits: 32 }, 'the prefix "/-1" is not a number from 0 to 32'],
    [' 10.244.0.0/16', { hint: 'leading-space' }, 'it starts with a space, and kubeadm does not trim spaces'],
    ['10.244.0.0/16 ', { hint: 'trailing-space' }, 'it ends with a space, and kubeadm does not trim spaces'],
    ['10.244.0.0 /16', { hint: 'space' }, 'it contains a space'],
    ['  ', { hint: 'blank' }, 'it holds only spaces'],
    ['10.244.0.0/16,', { hint: 'trailing-comma' }, 'it ends with a comma'],
    [',10.244.0.0/16', { hint: 'leading-comma' }, 'it starts with a comma'],
    ['10.244.0.0/16,,10.245.0.0/16', { hint: 'empty-entry' }, 'it has an empty entry between two commas'],
    ['10.244.0.1', { hint: 'no-prefix' }, '"10.244.0.1" is an address without a /prefix'],
  ] as const)('IPv4 %j', (value, hint, what) => {
    const found = problems(withPod('ipv4', value));
    if (hint === null) return void expect(found.map((d) => d.rule)).not.toContain('kubeadm-subnet-syntax');
    const piece = hint.hint.endsWith('comma') || hint.hint === 'empty-entry' ? '' : value;
    // A stray space or comma around one CIDR gets that CIDR as its fix; a value with no CIDR in it gets none.
    const fixed = ['10.244.0.0/16', '10.244.0.0/16,', ',10.244.0.0/16'].includes(value.replace(/\s/g, '')) ? '10.244.0.0/16' : null;
    expect(found).toEqual([
      {
        ...kubeadmSyntax,
        fields: ['podCidr.ipv4'],
        params: { setting: 'podSubnet', value: `${value},fd00:10:244::/56`, piece, ...hint, family: 'IPv4', entry: value },
        fixes: fixed ? [{ label: 'use-value', params: { value: fixed }, set: [{ field: 'podCidr.ipv4', value: fixed }] }] : [],
      },
    ]);
    expect(message(found[0]!)).toBe(`IPv4 pod CIDR "${value}" does not parse: ${what}`);
    // The upstream error and source stay in the explanation.
    expect(explanation(found[0]!)).toBe(
      'The wizard joins the IPv4 and IPv6 fields into podSubnet with ",". kubeadm splits podSubnet on "," without trimming spaces and parses each piece as a CIDR. ' +
        '`kubeadm init` stops with "couldn\'t parse subnet" before deploying anything. ' +
        'Source: kubeadm validation.go ValidateIPNetFromString: split on "," untrimmed, netutils.ParseCIDRs.',
    );
  });

  it('IPv6: the prefix bound is 128, and the message names the family', () => {
    expect(problems(withPod('ipv6', 'fd00::/128')).map((d) => d.rule)).not.toContain('kubeadm-subnet-syntax');
    const [d, ...rest] = problems(withPod('ipv6', 'fd00::/129'));
    expect(rest).toEqual([]);
    expect(d).toEqual({
      ...kubeadmSyntax,
      fields: ['podCidr.ipv6'],
      params: { setting: 'podSubnet', value: '10.244.0.0/16,fd00::/129', piece: 'fd00::/129', hint: 'prefix-too-long', prefix: '129', bits: 128, family: 'IPv6', entry: 'fd00::/129' },
    });
    expect(message(d!)).toBe('IPv6 pod CIDR "fd00::/129" does not parse: the prefix /129 is over 128');
  });

  it('each bad field is reported at itself, both on an IPv6-first plan', () => {
    const p = withPod('ipv4', 'x', { primaryFamily: 'ipv6' });
    p.podCidr.ipv6 = 'y';
    expect(problems(p).map((d) => [d.rule, d.fields, d.params.entry])).toEqual([
      ['kubeadm-subnet-syntax', ['podCidr.ipv6'], 'y'],
      ['kubeadm-subnet-syntax', ['podCidr.ipv4'], 'x'],
    ]);
  });

  it('a family not in the stack is not read, so its field is not checked', () => {
    expect(problems(withPod('ipv6', 'hello', { stack: 'ipv4' }))).toEqual([]);
  });

  it('a pasted page of text is quoted short', () => {
    const [d] = problems(withPod('ipv4', 'x'.repeat(5000)));
    expect(d!.params.entry).toBe(`${'x'.repeat(79)}…`);
    expect(d!.params.address).toBe(`${'x'.repeat(79)}…`);
  });

  it('says the same in Chinese, keeping the upstream error verbatim', () => {
    const described = describeDiagnostic(problems(withPod('ipv4', '10.0.0.0/33'))[0]!, CHINESE);
    expect(described.message).toBe('IPv4 Pod CIDR "10.0.0.0/33" 无法解析：前缀 /33 超过了 32');
    expect(described.explanation).toContain('"couldn\'t parse subnet"');
    expect(describeDiagnostic(problems(withPod('ipv4', ' 10.244.0.0/16'))[0]!, CHINESE).message).toBe('IPv4 Pod CIDR " 10.244.0.0/16" 无法解析：以空格开头，而 kubeadm 不去除空格');
  });
});

describe('a Service CIDR field that does not parse', () => {
  it.each([
    ['ipv4', 'hello', { hint: 'not-address', address: 'hello' }, 'hello,fd00:10:96::/112', 'IPv4 Service CIDR "hello" does not parse: "hello" is not an IP address'],
    ['ipv4', '10.96.0.0/16,', { hint: 'trailing-comma' }, '10.96.0.0/16,,fd00:10:96::/112', 'IPv4 Service CIDR "10.96.0.0/16," does not parse: it ends with a comma'],
    ['ipv6', 'fd00:10:96::/129', { hint: 'prefix-too-long', prefix: '129', bits: 128 }, '10.96.0.0/16,fd00:10:96::/129', 'IPv6 Service CIDR "fd00:10:96::/129" does not parse: the prefix /129 is over 128'],
  ] as const)('%s %j: one error at the field', (family, value, hint, list, text) => {
    const found = problems(withService(family, value));
    const piece = hint.hint === 'trailing-comma' ? '' : value;
    const fixes = value === '10.96.0.0/16,' ? [{ label: 'use-value', params: { value: '10.96.0.0/16' }, set: [{ field: 'serviceCidr.ipv4', value: '10.96.0.0/16' }] }] : [];
    expect(found).toEqual([{ ...kubeadmSyntax, fields: [`serviceCidr.${family}`], params: { setting: 'serviceSubnet', value: list, piece, ...hint, family: family === 'ipv4' ? 'IPv4' : 'IPv6', entry: value }, fixes }]);
    expect(message(found[0]!)).toBe(text);
  });
});

describe('a value of the other family, or a list, in one field: cluster-field-family at that field, once', () => {
  it('an IPv6 CIDR in the IPv4 pod field: no kubeadm count error, no Flannel Network error', () => {
    const found = problems(withPod('ipv4', 'fd00::/56'));
    expect(found).toEqual([{ ...fieldFamily, fields: ['podCidr.ipv4'], params: { what: 'pod', family: 'IPv4', value: 'fd00::/56', hint: 'other-family', found: 'IPv6' } }]);
    expect(message(found[0]!)).toBe('The IPv4 pod CIDR field holds an IPv6 CIDR, "fd00::/56"');
    expect(explanation(found[0]!)).toContain('"expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking"');
  });

  it('on an IPv4-only plan too, where kubeadm would accept the list but Flannel would not', () => {
    expect(problems(withPod('ipv4', 'fd00::/56', { stack: 'ipv4' }))).toEqual([
      { ...fieldFamily, fields: ['podCidr.ipv4'], params: { what: 'pod', family: 'IPv4', value: 'fd00::/56', hint: 'other-family', found: 'IPv6' } },
    ]);
  });

  it('an IPv4 CIDR in the IPv6 Service field', () => {
    const found = problems(withService('ipv6', '10.97.0.0/16'));
    expect(found).toEqual([{ ...fieldFamily, fields: ['serviceCidr.ipv6'], params: { what: 'service', family: 'IPv6', value: '10.97.0.0/16', hint: 'other-family', found: 'IPv4' } }]);
    expect(message(found[0]!)).toBe('The IPv6 Service CIDR field holds an IPv4 CIDR, "10.97.0.0/16"');
  });

  it('both CIDRs in one field', () => {
    const found = problems(withPod('ipv4', '10.244.0.0/16,fd00::/56'));
    // The IPv6 field already holds another value, so the fix keeps the IPv4 one here and leaves that field alone.
    expect(found).toEqual([
      { ...fieldFamily, fields: ['podCidr.ipv4'], params: { what: 'pod', family: 'IPv4', value: '10.244.0.0/16,fd00::/56', hint: 'list', count: 2 }, fixes: [{ label: 'use-value', params: { value: '10.244.0.0/16' }, set: [{ field: 'podCidr.ipv4', value: '10.244.0.0/16' }] }] },
    ]);
    expect(message(found[0]!)).toBe('The IPv4 pod CIDR field holds 2 CIDRs, "10.244.0.0/16,fd00::/56"; it takes one');
    expect(describeDiagnostic(found[0]!, CHINESE).message).toBe('IPv4 Pod CIDR 字段填了 2 个 CIDR："10.244.0.0/16,fd00::/56"；这里只能填一个');
  });

  it('a list verbatim from a file is still kubeadm-subnet-count, at the podSubnet line', () => {
    expect(problems(plan({ overrides: { podSubnet: 'fd00::/56,fd00:10:244::/56' } })).map((d) => [d.rule, d.fields])).toContainEqual(['kubeadm-subnet-count', ['podCidr']]);
  });
});

describe('a node address field', () => {
  it('garbage in the init node\'s IPv4: one error at that field, none on the untouched advertise address', () => {
    const found = problems(withNode(0, 'ipv4', 'garbage'));
    expect(found).toEqual([
      {
        ...nodeUnparsable,
        fields: ['nodes.0.ipv4'],
        params: { node: 'cp-1', value: 'garbage,fd00:192:168:10::11', ignored: 'garbage', hint: 'not-address', family: 'IPv4', entry: 'garbage', advertise: 'yes' },
      },
    ]);
    expect(message(found[0]!)).toBe('The IPv4 address of cp-1 does not parse: "garbage" is not an IP address');
    // It is also the derived advertise address: kubeadm's own error is in the explanation.
    expect(explanation(found[0]!)).toContain('`kubeadm init` stops first with "couldn\'t use "garbage" as "apiserver-advertise-address", must be ipv4 or ipv6 address"');
  });

  it('garbage in a worker\'s IPv4: one error at that field, no missing-family warning', () => {
    const found = problems(withNode(1, 'ipv4', 'garbage'));
    expect(found).toEqual([
      { ...nodeUnparsable, fields: ['nodes.1.ipv4'], params: { node: 'worker-1', value: 'garbage,fd00:192:168:10::21', ignored: 'garbage', hint: 'not-address', family: 'IPv4', entry: 'garbage' } },
    ]);
    expect(explanation(found[0]!)).not.toContain('apiserver-advertise-address');
  });

  it.each([
    ['10.0.0.1/24', { ignored: '10.0.0.1/24', hint: 'cidr' }, '"10.0.0.1/24" has a /prefix; a node address takes none'],
    ['  ', { ignored: '  ', hint: 'blank' }, 'it holds only spaces'],
    ['192.168.10.21,', { ignored: '', hint: 'trailing-comma' }, 'it ends with a comma'],
    ['192.168.10.21,nope', { ignored: 'nope', hint: 'list' }, 'it holds a list; the field takes one address'],
  ] as const)('a worker IPv4 of %j', (value, params, what) => {
    const found = problems(withNode(1, 'ipv4', value));
    const fixes = value === '192.168.10.21,' ? [{ label: 'use-value', params: { value: '192.168.10.21' }, set: [{ field: 'nodes.1.ipv4', value: '192.168.10.21' }] }] : [];
    expect(found).toEqual([{ ...nodeUnparsable, fields: ['nodes.1.ipv4'], params: { node: 'worker-1', value: `${value},fd00:192:168:10::21`, ...params, family: 'IPv4', entry: value }, fixes }]);
    expect(message(found[0]!)).toBe(`The IPv4 address of worker-1 does not parse: ${what}`);
  });

  it('kubelet trims --node-ip, so a worker address with spaces is fine', () => {
    expect(problems(withNode(1, 'ipv4', ' 192.168.10.21 '))).toEqual([]);
  });

  it('the init node\'s address with a space: kubeadm reads it untrimmed as the advertise address, flagged at the node field', () => {
    const found = problems(withNode(0, 'ipv4', '192.168.10.11 '));
    expect(found).toEqual([
      { rule: 'kubeadm-advertise-address-invalid', severity: 'error', component: 'kubeadm', phase: 'kubeadm-validate', fields: ['nodes.0.ipv4'], params: { value: '192.168.10.11 ', hint: 'trailing-space', node: 'cp-1', family: 'IPv4' }, fixes: [{ label: 'use-value', params: { value: '192.168.10.11' }, set: [{ field: 'nodes.0.ipv4', value: '192.168.10.11' }] }] },
    ]);
    expect(message(found[0]!)).toBe('The IPv4 address of cp-1 ends with a space, and kubeadm reads it untrimmed as the advertise address');
  });

  it('an IPv6 address in the init node\'s IPv4 field: one family error, no node-ip count, no advertise-family error', () => {
    const found = problems(withNode(0, 'ipv4', 'fd00::1'));
    expect(found).toEqual([{ ...fieldFamily, fields: ['nodes.0.ipv4'], params: { what: 'node', family: 'IPv4', value: 'fd00::1', hint: 'other-family', found: 'IPv6', node: 'cp-1' } }]);
    expect(message(found[0]!)).toBe('The IPv4 address field of cp-1 holds an IPv6 address, "fd00::1"');
  });

  it('two addresses in one field', () => {
    const found = problems(withNode(1, 'ipv6', 'fd00::21,fd00::22'));
    expect(found).toEqual([{ ...fieldFamily, fields: ['nodes.1.ipv6'], params: { what: 'node', family: 'IPv6', value: 'fd00::21,fd00::22', hint: 'list', count: 2, node: 'worker-1' } }]);
    expect(message(found[0]!)).toBe('The IPv6 address field of worker-1 holds 2 addresses, "fd00::21,fd00::22"; it takes one');
  });

  it('a node-ip read verbatim from a file keeps kubelet\'s own outcome: a warning naming what it ignores', () => {
    const p = plan();
    p.nodes[0]!.nodeIp = '192.168.10.11,garbage';
    expect(problems(p).filter((d) => d.rule === 'kubelet-node-ip-unparsable')).toEqual([
      { ...nodeUnparsable, severity: 'warning', fields: ['nodes.0.nodeIp'], params: { node: 'cp-1', value: '192.168.10.11,garbage', ignored: 'garbage' } },
    ]);
  });

  it('on Kubernetes 1.26 kubelet logs the older words; from 1.27 the component-helpers ones (PR #116305)', () => {
    const [old] = problems(withNode(1, 'ipv4', 'garbage', { kubernetesVersion: '1.26' })).filter((d) => d.rule === 'kubelet-node-ip-unparsable');
    expect(old!.params).toEqual({ node: 'worker-1', value: 'garbage,fd00:192:168:10::21', ignored: 'garbage', hint: 'not-address', family: 'IPv4', entry: 'garbage', parser: 'legacy' });
    expect(explanation(old!)).toContain('kubelet logs "Could not parse --node-ip ignoring"');
    const [current] = problems(withNode(1, 'ipv4', 'garbage', { kubernetesVersion: '1.27' })).filter((d) => d.rule === 'kubelet-node-ip-unparsable');
    expect(current!.params.parser).toBeUndefined();
    expect(explanation(current!)).toContain('kubelet logs "Could not parse some node IP(s), ignoring them"');
  });

  it('says it in Chinese', () => {
    expect(describeDiagnostic(problems(withNode(1, 'ipv4', 'garbage'))[0]!, CHINESE).message).toBe('worker-1 的 IPv4 地址无法解析："garbage" 不是 IP 地址');
    expect(describeDiagnostic(problems(withNode(0, 'ipv4', 'fd00::1'))[0]!, CHINESE).message).toBe('cp-1 的 IPv4 地址字段填的是 IPv6 地址："fd00::1"');
  });
});

describe('the advertise address field, when typed', () => {
  it.each([
    ['hello', { hint: 'not-address' }, 'advertiseAddress "hello" is not a single IP address'],
    [' 192.168.10.11', { hint: 'leading-space' }, 'advertiseAddress " 192.168.10.11" is not a single IP address: it starts with a space, and kubeadm does not trim spaces'],
    ['192.168.10.11,fd00::11', { hint: 'list' }, 'advertiseAddress "192.168.10.11,fd00::11" is not a single IP address: it is a list'],
    ['192.168.10.11/24', { hint: 'cidr' }, 'advertiseAddress "192.168.10.11/24" is not a single IP address: it has a /prefix'],
  ] as const)('%j: one error at advertiseAddress', (value, params, text) => {
    const found = problems(plan({ advertiseAddress: value }));
    // Spaces trimmed, and of a list the address of the first Service family (kube-apiserver's family rule).
    const fixed = value === 'hello' || value.includes('/') ? null : '192.168.10.11';
    const fixes = fixed ? [{ label: 'use-value', params: { value: fixed }, set: [{ field: 'advertiseAddress', value: fixed }] }] : [];
    expect(found).toEqual([{ rule: 'kubeadm-advertise-address-invalid', severity: 'error', component: 'kubeadm', phase: 'kubeadm-validate', fields: ['advertiseAddress'], params: { value, ...params }, fixes }]);
    expect(message(found[0]!)).toBe(text);
  });
});

describe('a link-local init node address that is also the derived advertise address', () => {
  it('is flagged once, at the node field, by kubelet-node-ip-unusable', () => {
    const found = problems(withNode(0, 'ipv4', '169.254.0.1'));
    expect(found.map((d) => [d.rule, d.fields])).toEqual([['kubelet-node-ip-unusable', ['nodes.0.ipv4']]]);
  });
});

describe('an emptied pod CIDR field', () => {
  it('is cluster-cidr-missing alone: the IPv6-only Flannel rules do not read the half-typed list as an IPv6-only plan', () => {
    expect(problems(withPod('ipv4', '')).map((d) => [d.rule, d.fields])).toEqual([['cluster-cidr-missing', ['podCidr.ipv4']]]);
    expect(problems(withPod('ipv6', '')).map((d) => [d.rule, d.fields])).toEqual([['cluster-cidr-missing', ['podCidr.ipv6']]]);
  });

  it('a real IPv6-only plan still gets them', () => {
    expect(problems(withPod('ipv4', '', { stack: 'ipv6', primaryFamily: 'ipv6' })).map((d) => d.rule)).toEqual([]);
    const p = plan({ stack: 'ipv6', primaryFamily: 'ipv6', flannel: { enableIPv4: true } });
    expect(problems(p).map((d) => d.rule)).toContain('flannel-ipv6-only-enable-ipv4');
  });
});

describe('an emptied init node address that the advertise address follows', () => {
  it('on an IPv6-first plan: the advertise-family error is marked at the node field, not the untouched advertise field', () => {
    const p = withNode(0, 'ipv6', '', { primaryFamily: 'ipv6' });
    expect(problems(p).map((d) => [d.rule, d.severity, d.fields])).toEqual([
      ['apiserver-advertise-family', 'error', ['nodes.0.ipv6', 'serviceCidr']],
      ['kubelet-node-ip-missing-family', 'warning', ['nodes.0.ipv6']],
    ]);
  });

  it('an advertise address left to kubeadm by a file stays at advertiseAddress', () => {
    const p = plan({ primaryFamily: 'ipv6', overrides: { advertiseAddressAutoDetect: true } });
    expect(problems(p).filter((d) => d.rule === 'apiserver-advertise-family').map((d) => d.fields)).toEqual([['advertiseAddress', 'serviceCidr']]);
  });
});
