// The rule engine and the parsed context the rules read: gating by scope and version, severity order, defaults.
import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../src/domain/cidr';
import { RULES, ruleById } from '../../../src/domain/rules/catalogue';
import { buildContext, nodeIpField, writtenAddress } from '../../../src/domain/rules/context';
import { hasErrors, parserDiagnostic, runRules, sortDiagnostics, toDiagnostic } from '../../../src/domain/rules/engine';
import type { Diagnostic, Rule } from '../../../src/domain/rules/types';
import { plan } from '../../helpers';

const rule: Rule = { id: 'test-rule', severity: 'warning', component: 'kubelet', phase: 'runtime', fields: ['podCidr', 'nodes.*.ipv4'], needs: ['kubeadm'] };

describe('toDiagnostic', () => {
  it('takes the rule\'s severity, fields and no params or fixes when the finding says nothing', () => {
    const d = toDiagnostic(rule);
    expect(d).toEqual({ rule: 'test-rule', severity: 'warning', component: 'kubelet', phase: 'runtime', fields: ['podCidr', 'nodes.*.ipv4'], params: {}, fixes: [] });
    expect('location' in d).toBe(false);
    d.fields.push('x');
    expect(rule.fields).toEqual(['podCidr', 'nodes.*.ipv4']);
  });

  it('a finding overrides severity, fields, params and fixes; a location is kept', () => {
    const fix = { label: 'l', set: [{ field: 'podCidr.ipv4' as const, value: 'x' }] };
    expect(toDiagnostic(rule, { severity: 'error', fields: ['nodes.0.ipv4'], params: { a: 1 }, fixes: [fix] }, { file: 'f.yaml', line: 3 })).toEqual({
      rule: 'test-rule',
      severity: 'error',
      component: 'kubelet',
      phase: 'runtime',
      fields: ['nodes.0.ipv4'],
      params: { a: 1 },
      fixes: [fix],
      location: { file: 'f.yaml', line: 3 },
    });
  });

  it('parserDiagnostic gives the diagnostic of the rule it is handed, and may override its severity', () => {
    expect(parserDiagnostic(ruleById('flannel-json-invalid'), { message: 'm' })).toEqual({ rule: 'flannel-json-invalid', severity: 'error', component: 'flannel', phase: 'runtime', fields: [], params: { message: 'm' }, fixes: [] });
    expect(parserDiagnostic(ruleById('flannel-unknown-key'), { key: 'k' }, { file: 'n.json' }, 'info')).toMatchObject({ severity: 'info', location: { file: 'n.json' } });
    expect(parserDiagnostic(ruleById('flannel-unknown-key'), {})).toMatchObject({ severity: 'warning' });
    expect(() => ruleById('no-such-rule')).toThrow('unknown rule no-such-rule');
  });
});

describe('sortDiagnostics and hasErrors', () => {
  const d = (rule: string, severity: Diagnostic['severity']): Diagnostic => ({ rule, severity, component: 'flannel', phase: 'runtime', fields: [], params: {}, fixes: [] });
  it('errors, then warnings, then infos, keeping the order within each', () => {
    const input = [d('i1', 'info'), d('w1', 'warning'), d('e1', 'error'), d('i2', 'info'), d('e2', 'error'), d('w2', 'warning')];
    expect(sortDiagnostics(input).map((x) => x.rule)).toEqual(['e1', 'e2', 'w1', 'w2', 'i1', 'i2']);
    expect(input.map((x) => x.rule)).toEqual(['i1', 'w1', 'e1', 'i2', 'e2', 'w2']);
  });
  it('hasErrors is true only with an error', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([d('w', 'warning'), d('i', 'info')])).toBe(false);
    expect(hasErrors([d('w', 'warning'), d('e', 'error')])).toBe(true);
  });
});

describe('runRules', () => {
  it('runs only the rules whose needs are in scope', () => {
    const p = plan({ primaryFamily: 'ipv6', flannelVersion: '0.20.1' });
    // flannel-ipv6-first-podsubnet needs kubeadm and flannel; flannel-br-netfilter needs flannel only.
    expect(runRules(p).map((x) => x.rule)).toContain('flannel-ipv6-first-podsubnet');
    expect(runRules(p, { scopes: ['flannel'] }).map((x) => x.rule)).not.toContain('flannel-ipv6-first-podsubnet');
    expect(runRules(p, { scopes: ['kubeadm'] }).map((x) => x.rule)).not.toContain('flannel-ipv6-first-podsubnet');
    expect(runRules(plan(), { scopes: ['flannel'] }).map((x) => x.rule)).toContain('flannel-br-netfilter');
    expect(runRules(plan(), { scopes: [] })).toEqual([]);
  });

  it('never runs a rule without a check (those only the parsers emit)', () => {
    const parserOnly = RULES.filter((r) => !r.check).map((r) => r.id);
    expect(parserOnly.length).toBeGreaterThan(0);
    const ran = runRules(plan({ flannel: { backend: null }, stack: 'ipv6', primaryFamily: 'ipv6' })).map((x) => x.rule);
    for (const id of parserOnly) expect(ran).not.toContain(id);
  });

  it('returns errors first', () => {
    const severities = runRules(plan({ primaryFamily: 'ipv6', flannelVersion: '0.20.1', flannel: { enableNFTables: true } })).map((x) => x.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(severities[0]).toBe('error');
    expect(severities).toContain('info');
  });
});

describe('buildContext', () => {
  it('defaults: both scopes, the versions read from the plan', () => {
    const ctx = buildContext(plan({ kubernetesVersion: 'v1.30.2', flannelVersion: 'v0.22.3' }));
    expect([...ctx.scopes].sort()).toEqual(['flannel', 'kubeadm']);
    expect(ctx.kubernetesMinor).toBe(30);
    expect(ctx.flannel).toEqual({ major: 0, minor: 22, patch: 3 });
    expect([...buildContext(plan(), { scopes: ['flannel'] }).scopes]).toEqual(['flannel']);
  });

  it('unreadable versions fall back to the newest known', () => {
    const ctx = buildContext(plan({ kubernetesVersion: 'latest', flannelVersion: 'main' }));
    expect(ctx.kubernetesMinor).toBe(37);
    expect(ctx.flannel).toEqual({ major: 0, minor: 28, patch: 9 });
  });

  it('node masks: from the controller-manager args, signed integers only', () => {
    const at = (ipv4: string, ipv6: string) => buildContext(plan({ nodeMask: { ipv4, ipv6 } }));
    expect(at('24', '64')).toMatchObject({ nodeMaskText: { ipv4: '24', ipv6: '64' }, nodeMask: { ipv4: 24, ipv6: 64 } });
    expect(at('26', 'x')).toMatchObject({ nodeMaskText: { ipv4: '26', ipv6: 'x' }, nodeMask: { ipv4: 26, ipv6: null } });
    expect(at('-1', '+80')).toMatchObject({ nodeMask: { ipv4: -1, ipv6: 80 } });
    expect(at('2 4', '64.0')).toMatchObject({ nodeMask: { ipv4: null, ipv6: null } });
    expect(buildContext(plan({ stack: 'ipv4', nodeMask: { ipv4: '24', ipv6: '80' } })).nodeMaskText).toEqual({ ipv4: '24', ipv6: '64' });
  });

  it('allocate-node-cidrs is off only when exactly "false"', () => {
    const at = (value?: string) => buildContext(plan({ overrides: value === undefined ? {} : { controllerManagerArgs: { 'allocate-node-cidrs': value } } })).allocateNodeCidrs;
    expect([at(), at('true'), at('False'), at('false')]).toEqual([true, true, true, false]);
  });

  it('advertise address: empty, 0.0.0.0 and :: mean kubeadm detects one', () => {
    for (const address of ['0.0.0.0', '::']) expect(buildContext(plan({ advertiseAddress: address })), address).toMatchObject({ advertiseText: address, advertiseAutoDetect: true, advertise: null });
    expect(buildContext(plan({ overrides: { advertiseAddressAutoDetect: true } }))).toMatchObject({ advertiseText: '', advertiseAutoDetect: true, advertise: null });
    expect(buildContext(plan())).toMatchObject({ advertiseText: '192.168.10.11', advertiseAutoDetect: false, advertise: { ok: true, canonical: '192.168.10.11' } });
    expect(buildContext(plan({ advertiseAddress: '010.0.0.1' })).advertise).toMatchObject({ ok: true, leadingZeros: true });
  });

  it('nodes: node-ip split on commas, each piece trimmed to parse, the text kept as written', () => {
    const p = plan({ nodes: [{ name: 'a', role: 'control-plane', ipv4: '', ipv6: '', nodeIp: ' 10.0.0.1 ,x,fd00::1' }, { name: 'b', role: 'worker', ipv4: '', ipv6: '' }] });
    const [a, b] = buildContext(p).nodes;
    expect(a!.index).toBe(0);
    expect(a!.nodeIp).toBe(' 10.0.0.1 ,x,fd00::1');
    expect(a!.pieces.map((piece) => [piece.text, piece.parse.ok])).toEqual([[' 10.0.0.1 ', true], ['x', false], ['fd00::1', true]]);
    expect(a!.ips.map((ip) => ip.family)).toEqual(['ipv4', 'ipv6']);
    expect(b).toMatchObject({ index: 1, nodeIp: '', pieces: [], ips: [] });
    expect(nodeIpField(a!, 'ipv4')).toBe('nodes.0.nodeIp');
    expect(nodeIpField(b!, 'ipv6')).toBe('nodes.1.ipv6');
    expect(writtenAddress(a!, a!.ips[0]!)).toBe('10.0.0.1');
    expect(writtenAddress(a!, a!.ips[1]!)).toBe('fd00::1');
    const other = parseIp('10.0.0.2');
    if (!other.ok) throw new Error('10.0.0.2 parses');
    expect(writtenAddress(a!, other.ip)).toBe('');
  });

  it('stack families and net-conf come from the plan', () => {
    const ctx = buildContext(plan({ primaryFamily: 'ipv6' }));
    expect(ctx.stackFamilies).toEqual(['ipv6', 'ipv4']);
    expect(ctx.netConf.network).toBe('10.244.0.0/16');
    expect(ctx.controllerManagerArgs).toEqual({});
  });
});

