// Explains a pasted log: finds the upstream messages of rules/messages.ts in it, best first. Pure; the page loads it
// with a dynamic import, and `dualstack-wizard explain --log` calls it too.
import { parseCidr, parseCidrList } from './cidr';
import { type ExampleValue, type Plan, exampleValues } from './plan';
import { ruleById } from './rules/catalogue';
import { runRules } from './rules/engine';
import { applyFix } from './rules/fix-check';
import { type CompiledTemplate, type MessageVersions, UPSTREAM_MESSAGES, type UpstreamMessage, compileTemplate } from './rules/messages';
import type { Component, Params, Phase, PlanFix, Severity } from './rules/types';
import { type VersionRange, compareSemver, parseFlannelVersion, parseKubernetesVersion } from './versions';
import { rule as apiserverAdvertiseFamily } from './rules/apiserver/advertise-family/rule';
import { rule as flannelIpv6FirstPodsubnet } from './rules/flannel/ipv6-first-podsubnet/rule';
import { rule as kubeadmNodeMaskDifference } from './rules/kubeadm/node-mask-difference/rule';
import { rule as kubeadmPodSubnetSmallerThanNodeMask } from './rules/kubeadm/pod-subnet-smaller-than-node-mask/rule';
import { rule as kubeadmServiceSubnetTooLarge } from './rules/kubeadm/service-subnet-too-large/rule';

export type { MessageVersions };

export interface LogMatch {
  rule: string;
  severity: Severity;
  /** The component that prints the message (kubeadm, kubelet, flannel …). */
  component: Component;
  phase: Phase;
  /** 1-based line of the log. */
  line: number;
  /** The line after normalisation (no ANSI, klog prefix, timestamp or escaping), cut to at most ~400 characters. */
  excerpt: string;
  /** Where the message sits in `excerpt`: [start, end). */
  span: [number, number];
  /** The versions that print this message for this rule; absent: every version this tool knows. */
  versions?: MessageVersions;
  /** Which upstream message matched. */
  message: UpstreamMessage;
  /** Named values the message's placeholders captured: CIDRs, addresses, node names. */
  captures: Record<string, string>;
  /** Parameters for the rule's words: what the message implies for this rule (its outcome), then the captures. */
  params: Record<string, string>;
  /** True when the rule is one of the message's `alsoRules`: the same words, another possible cause. */
  also: boolean;
  /** The message's specificity (see compileTemplate); higher ranks first. */
  specificity: number;
  /** How many lines of the log this rule matched in all (at most `maxPerRule` are reported). */
  occurrences: number;
}

export interface ExplainOptions {
  /** Lines reported per rule; the rest are counted in `occurrences`. Default 20. */
  maxPerRule?: number;
}

const DEFAULT_MAX_PER_RULE = 20;
const EXCERPT_BEFORE = 100;
const EXCERPT_LENGTH = 400;
// A JSON log line holds a handful of strings; a pasted document may hold many more, which are not log text.
const MAX_JSON_VALUES = 10_000;

interface Compiled {
  message: UpstreamMessage;
  template: CompiledTemplate;
}

let compiled: Compiled[] | null = null;
function catalogue(): Compiled[] {
  compiled ??= UPSTREAM_MESSAGES.map((message) => ({ message, template: compileTemplate(message.template) }));
  return compiled;
}

let shortestAnchor: number | undefined;
/** No message fits in a line shorter than this; normalising only ever shortens a line. */
function shortestAnchorLength(): number {
  shortestAnchor ??= Math.min(...catalogue().map((entry) => entry.template.anchor.length));
  return shortestAnchor;
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation. Every pattern here is anchored or has no nested repetition, so each runs in time linear in the line.

// CSI sequences (colours, cursor moves) and the two-character ESC sequences.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
// containerd/CRI-O log files: "<RFC 3339 time> stdout|stderr F|P <line>".
const CRI = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2}) (?:stdout|stderr) [FP] /;
// RFC 3339 / ISO time (kubectl logs --timestamps, journalctl -o short-iso), then optionally "host unit[pid]: ".
const ISO_TIME = /^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\]?\s{1,8}/;
// syslog / journalctl short: "Aug 10 10:11:12 ".
const SYSLOG_TIME = /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}\s{1,8}/;
// After a syslog or journald time: "host unit[pid]: ".
const SYSLOG_TAG = /^[^\s:[\]]{1,255} [^\s:[\]]{1,255}(?:\[\d{1,10}\])?: /;
// klog header: "E0612 10:11:12.123456    1234 file.go:123] ".
const KLOG = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s{1,20}\d{1,10} [^\s\]]{1,256}:\d{1,7}\] /;
// Go goroutine dump: the header, and frame lines ("\t/path/file.go:123 +0x1b9", "created by …").
const GOROUTINE = /^goroutine \d{1,10} \[[^\]]{0,200}\]:$/;
/** "pkg/path.(*T).method(0xc000123, {0x0, 0x0})": no space before the first "(", and a ")" at the end. */
function isCallFrame(line: string): boolean {
  const open = line.indexOf('(');
  return open > 0 && line.endsWith(')') && !/\s/.test(line.slice(0, open));
}
const FRAME_FILE = /^\s+\S{1,4096}\.go:\d{1,7}(?: \+0x[0-9a-f]{1,16})?$/;

/**
 * One log line as text to match: without ANSI colour, CRI, timestamp, syslog and klog prefixes, with a JSON log line
 * reduced to its string values and Go/JSON-escaped quotes (\") unescaped. Never throws.
 */
export function normalizeLine(raw: string): string {
  let line = withoutAnsi(raw);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  line = stripPrefixes(line);
  const trimmed = line.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) line = jsonStrings(trimmed, 0) ?? line;
  return line.includes('\\') ? line.replace(/\\(["\\])/g, '$1') : line;
}

// The cheap tests first: most lines hold no escape character, newline or backslash.
const withoutAnsi = (text: string): string => (text.includes('\x1b') ? text.replace(ANSI, '') : text);
// Trailing newlines cut by index: /\n+$/ backtracks quadratically on V8 when many newlines are not at the end.
function oneLine(text: string): string {
  if (!text.includes('\n')) return text;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end -= 1;
  return text.slice(0, end).replaceAll('\n', ' ');
}

function stripPrefixes(text: string): string {
  let line = text.replace(CRI, '');
  const time = ISO_TIME.exec(line) ?? SYSLOG_TIME.exec(line);
  if (time) {
    line = line.slice(time[0].length);
    line = line.replace(SYSLOG_TAG, '');
  }
  return line.replace(KLOG, '');
}

/**
 * The string values of a JSON object, each without its own prefixes, joined by spaces; null
 * when it is not a JSON object. A value that is a JSON object itself (a JSON logger's line in docker's json-file
 * "log") is read the same way, once.
 */
function jsonStrings(text: string, depth: number): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  // Every string value at any depth, in document order; walked with a stack, so no nesting can overflow it.
  const parts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length && parts.length < MAX_JSON_VALUES) {
    const item = stack.pop();
    if (typeof item === 'string') {
      const clean = stripPrefixes(oneLine(withoutAnsi(item)));
      const inner = depth === 0 && clean.trim().startsWith('{') && clean.trim().endsWith('}') ? jsonStrings(clean.trim(), 1) : null;
      parts.push(inner ?? clean);
    } else if (item !== null && typeof item === 'object') {
      const children = Object.values(item);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Hit {
  entry: Compiled;
  index: number;
  end: number;
  captures: Record<string, string>;
}

/** The best message on a line, and those it does not cover; null when none matches. */
function matchLine(line: string): Hit[] {
  const hits: Hit[] = [];
  for (const entry of catalogue()) {
    if (!line.includes(entry.template.anchor)) continue;
    const m = entry.template.regex.exec(line);
    if (!m) continue;
    const captures: Record<string, string> = {};
    for (const [name, value] of Object.entries(m.groups ?? {})) if (value !== undefined) captures[name] = value;
    hits.push({ entry, index: m.index, end: m.index + m[0].length, captures });
  }
  if (hits.length < 2) return hits;
  // Ranking within a line: the most specific message wins, and a less specific one whose text lies inside the
  // winner's (the generic panic inside "Observed a panic: …", an any-CIDR containment error inside the IPv6 one)
  // is the same words read less precisely, so it is dropped. A message elsewhere on the line stays.
  hits.sort((a, b) => b.entry.template.specificity - a.entry.template.specificity);
  const kept: Hit[] = [];
  for (const hit of hits) if (!kept.some((k) => k.index <= hit.index && hit.end <= k.end)) kept.push(hit);
  return kept;
}

function excerptOf(line: string, index: number, end: number): { excerpt: string; span: [number, number] } {
  if (line.length <= EXCERPT_LENGTH) return { excerpt: line, span: [index, end] };
  const start = Math.max(0, Math.min(index - EXCERPT_BEFORE, line.length - EXCERPT_LENGTH));
  const head = start > 0 ? '…' : '';
  const stop = Math.min(line.length, Math.max(start + EXCERPT_LENGTH, Math.min(end, start + 4 * EXCERPT_LENGTH)));
  const tail = stop < line.length ? '…' : '';
  const offset = head.length - start;
  return { excerpt: `${head}${line.slice(start, stop)}${tail}`, span: [index + offset, Math.min(end, stop) + offset] };
}

function intersect(a: VersionRange | undefined, b: VersionRange | undefined, parse: (v: string) => number[] | null): VersionRange | undefined {
  if (!a) return b;
  if (!b) return a;
  const cmp = (x: string, y: string): number => {
    const [p, q] = [parse(x), parse(y)];
    if (!p || !q) return 0;
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return p[i]! - q[i]!;
    return 0;
  };
  const from = a.from && b.from ? (cmp(a.from, b.from) >= 0 ? a.from : b.from) : (a.from ?? b.from);
  const to = a.to && b.to ? (cmp(a.to, b.to) <= 0 ? a.to : b.to) : (a.to ?? b.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

const flannelParts = (v: string): number[] | null => {
  const s = parseFlannelVersion(v);
  return s ? [s.major, s.minor, s.patch] : null;
};
const kubernetesParts = (v: string): number[] | null => {
  const k = parseKubernetesVersion(v);
  return k ? [k.minor] : null;
};

/** The message's versions for this rule, narrowed to the rule's own where the rule has them. */
function versionsFor(message: UpstreamMessage, rule: string): MessageVersions | undefined {
  const own = ruleById(rule).versions;
  const printed = message.versionsByRule?.[rule] ?? message.versions;
  const kubernetes = intersect(printed?.kubernetes, own?.kubernetes, kubernetesParts);
  const flannel = intersect(printed?.flannel, own?.flannel, flannelParts);
  if (!kubernetes && !flannel) return undefined;
  return { ...(kubernetes ? { kubernetes } : {}), ...(flannel ? { flannel } : {}) };
}

/**
 * The rules whose upstream messages appear in the log, best first, with the lines that show them.
 *
 * Ranking: a rule ranks by its best line; between lines, the more specific message wins (compileTemplate's
 * specificity: more literal words and placeholders of one family beat fewer words and free text), then the
 * message's own rule before its `alsoRules`, then errors before warnings before notes, then the earlier line.
 * A rule's lines follow each other, its best first, then in log order; at most `maxPerRule` of them.
 *
 * Linear in the log: each line is normalised once, and a message's regex runs only on lines holding its longest
 * literal piece; every regex has bounded repetitions only.
 */
export function explainLog(text: string, options: ExplainOptions = {}): LogMatch[] {
  const reader = new LogReader(options);
  const input = typeof text === 'string' ? text : String(text ?? '');
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('\n', start);
    if (end === -1) end = input.length;
    reader.line(input.slice(start, end));
    start = end + 1;
    if (end === input.length) break;
  }
  return reader.matches();
}

/**
 * Reads a log one line at a time, keeping only what it reports (at most `maxPerRule` lines per rule), so a followed
 * log (`kubectl logs -f | dualstack-wizard explain --log -`) is read in bounded memory. `explainLog` is this over a
 * whole text.
 */
export class LogReader {
  private readonly maxPerRule: number;
  private readonly byRule = new Map<string, { best: LogMatch; lines: LogMatch[]; occurrences: number }>();
  private inDump = false;
  /** Lines read so far. */
  lineCount = 0;

  constructor(options: ExplainOptions = {}) {
    this.maxPerRule = Math.max(1, options.maxPerRule ?? DEFAULT_MAX_PER_RULE);
  }

  /** Reads the next raw line (without its newline); returns the matches of rules this line is the first to show. */
  line(raw: string): LogMatch[] {
    this.lineCount += 1;
    const lineNumber = this.lineCount;
    const found: LogMatch[] = [];
    // Short lines (`yes`, blank lines) hold no message and cannot end a dump quietly, so outside a dump they are
    // skipped unread: a followed log of them stays fast.
    if (!this.inDump && raw.length < shortestAnchorLength()) return found;
    const line = normalizeLine(raw);
    // A goroutine dump's frames name functions and files, never a message: skip them. After a "goroutine N [...]:"
    // header, call lines ("pkg.(*T).f(0x1, ...)") and file lines ("\t/path/f.go:12 +0x1b9") are frames; the first
    // other non-blank line ends the dump. The panic line above the header is matched as usual.
    const trimmed = line.trim();
    if (GOROUTINE.test(trimmed)) {
      this.inDump = true;
      return found;
    }
    if (FRAME_FILE.test(line) || trimmed.startsWith('created by ')) return found;
    if (this.inDump) {
      if (trimmed === '' || isCallFrame(trimmed)) return found;
      this.inDump = false;
    }
    for (const hit of matchLine(line)) {
      const { message } = hit.entry;
      const rules = [message.rule, ...(message.alsoRules ?? [])];
      rules.forEach((id, i) => {
        const rule = ruleById(id);
        const versions = versionsFor(message, id);
        const match: LogMatch = {
          rule: id,
          severity: rule.severity,
          component: message.component,
          phase: rule.phase,
          line: lineNumber,
          ...excerptOf(line, hit.index, hit.end),
          ...(versions ? { versions } : {}),
          message,
          captures: hit.captures,
          params: { ...message.params?.[id], ...hit.captures },
          also: i > 0,
          specificity: hit.entry.template.specificity,
          occurrences: 0,
        };
        const entry = this.byRule.get(id);
        if (!entry) {
          this.byRule.set(id, { best: match, lines: [match], occurrences: 1 });
          found.push(match);
        } else {
          entry.occurrences += 1;
          if (better(match, entry.best)) entry.best = match;
          if (entry.lines.length < this.maxPerRule) entry.lines.push(match);
          else if (match === entry.best) entry.lines[entry.lines.length - 1] = match;
        }
      });
    }
    return found;
  }

  /** The rules found so far, ranked; each rule's best line first, then its other lines in log order. */
  matches(): LogMatch[] {
    const ranked = [...this.byRule.values()].sort((a, b) => (better(a.best, b.best) ? -1 : better(b.best, a.best) ? 1 : 0));
    return ranked.flatMap(({ best, lines, occurrences }) => {
      const rest = lines.filter((m) => m !== best).sort((x, y) => x.line - y.line);
      return [best, ...rest].map((m) => ({ ...m, occurrences }));
    });
  }
}

function better(a: LogMatch, b: LogMatch): boolean {
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  if (a.also !== b.also) return !a.also;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] < SEVERITY_RANK[b.severity];
  return a.line < b.line;
}

// ---------------------------------------------------------------------------------------------------------------
// "Open the wizard with this fixed": the plan the log describes, with the rule's own fix applied.

type Facts = (captures: Record<string, string>, base: Plan, match: LogMatch) => Plan | null;

// Plans are plain JSON data (plan-import.ts copies them the same way).
const clone = (plan: Plan): Plan => JSON.parse(JSON.stringify(plan)) as Plan;

/** A podSubnet or serviceSubnet value from a log, spread over the per-family fields; null when it does not parse. */
function withSubnet(plan: Plan, kind: 'podCidr' | 'serviceCidr', value: string): Plan | null {
  const list = parseCidrList(value);
  if (list.pieces.length === 0 || list.pieces.length > 2 || list.cidrs.length !== list.pieces.length) return null;
  const families = list.cidrs.map((cidr) => cidr.family);
  if (families.length === 2 && families[0] === families[1]) return null;
  const next = clone(plan);
  list.pieces.forEach((piece, i) => {
    next[kind][families[i]!] = piece.text;
  });
  if (families.length === 2) {
    next.stack = 'dual';
    if (kind === 'serviceCidr') next.primaryFamily = families[0]!;
    else next.overrides.podSubnetOrder = [...families];
  } else if (next.stack !== 'dual') {
    next.stack = families[0]!;
    next.primaryFamily = families[0]!;
  }
  return next;
}

/** What each rule's message says about the plan, where it says enough to rebuild the failing setting. */
const FACTS: Record<string, Facts> = {
  [apiserverAdvertiseFamily.id]: (c, base) => {
    const service = parseCidr(c.serviceCidr ?? '', 'lenient');
    if (!service.ok || !c.address) return null;
    const plan = clone(base);
    const family = service.cidr.family;
    plan.serviceCidr[family] = c.serviceCidr!;
    if (plan.stack !== 'dual') plan.stack = family;
    plan.primaryFamily = family;
    plan.overrides.serviceSubnetOrder = undefined;
    plan.advertiseAddress = c.address;
    return plan;
  },
  [kubeadmServiceSubnetTooLarge.id]: (c, base) => (c.cidr ? withSubnet(base, 'serviceCidr', c.cidr) : null),
  [kubeadmPodSubnetSmallerThanNodeMask.id]: (c, base) => (c.value ? withSubnet(base, 'podCidr', c.value) : null),
  [kubeadmNodeMaskDifference.id]: (c, base) => (c.value ? withSubnet(base, 'podCidr', c.value) : null),
  // The message alone says: podSubnet lists IPv6 first, and Flannel is a release before the fix.
  [flannelIpv6FirstPodsubnet.id]: (_c, base, match) => {
    const plan = clone(base);
    plan.stack = 'dual';
    plan.overrides.podSubnetOrder = ['ipv6', 'ipv4'];
    plan.overrides.podSubnet = undefined;
    const range = match.versions?.flannel;
    const current = parseFlannelVersion(plan.flannelVersion);
    const inRange = current && (!range?.from || compareSemver(current, parseFlannelVersion(range.from)!) >= 0) && (!range?.to || compareSemver(current, parseFlannelVersion(range.to)!) <= 0);
    if (!inRange && range?.to) plan.flannelVersion = range.to;
    return plan;
  },
};

/** The log's plan and the rule's first fix, before any check of what the fix writes. */
function rebuild(match: LogMatch, base: Plan): { plan: Plan; fix: PlanFix; before: Plan } | null {
  if (match.also) return null;
  const facts = FACTS[match.rule];
  const before = facts?.(match.captures, base, match) ?? null;
  if (!before) return null;
  const diagnostic = runRules(before).find((d) => d.rule === match.rule && d.fixes.length > 0);
  const fix = diagnostic?.fixes[0];
  if (!fix) return null;
  return { plan: applyFix(before, fix), fix, before };
}

/**
 * The example's node values a fix would put in the files: one it sets (an advertise address taken from the example
 * node, say), or one a stack it adds brings in (an IPv6 fix on an IPv4-only plan writes the example's IPv6 address).
 */
function exampleValuesWritten(fixed: { plan: Plan; fix: PlanFix; before: Plan }, base: Plan): ExampleValue[] {
  const key = (v: ExampleValue): string => `${v.index}.${v.field}`;
  const written = new Set(fixed.fix.set.map((s) => s.value));
  const inBase = new Set(exampleValues(base).map(key));
  const found = [
    ...exampleValues(fixed.before).filter((v) => v.field !== 'name' && written.has(v.value)),
    ...exampleValues(fixed.plan).filter((v) => v.field !== 'name' && !inBase.has(key(v))),
  ];
  return found.filter((v, i) => found.findIndex((w) => key(w) === key(v)) === i);
}

/**
 * The plan with the match's fix applied, for "open the wizard with this fixed": `base` (the user's plan, or the
 * default) with what the log says (the CIDRs and addresses its message quotes), then the rule's own first fix.
 * Null when the message says too little to rebuild the setting, the rule offers no fix for it, or the fix would write
 * a value of the built-in example (see `valuesToFillIn`).
 */
export function fixedPlanFor(match: LogMatch, base: Plan): { plan: Plan; fix: PlanFix; before: Plan } | null {
  const fixed = rebuild(match, base);
  return fixed && exampleValuesWritten(fixed, base).length === 0 ? fixed : null;
}

/** The example node values the user must replace before the match's fix can be offered: what to fill in. */
export function valuesToFillIn(match: LogMatch, base: Plan): ExampleValue[] {
  const fixed = rebuild(match, base);
  return fixed ? exampleValuesWritten(fixed, base) : [];
}

/**
 * The parameters of the rule's words for a match: only values the log quotes or the user's plan holds. While the plan
 * still holds the example's nodes it is not yet the user's, so the plan rebuilt from it says nothing; a parameter
 * nobody gives stays unset (the page shows "…", the CLI a <name>).
 */
export function matchParams(match: LogMatch, base: Plan): Params {
  if (exampleValues(base).length > 0) return { ...match.params };
  const rebuilt = rebuild(match, base)?.before;
  const found = runRules(rebuilt ?? base).find((d) => d.rule === match.rule);
  return { ...(found?.params ?? {}), ...match.params };
}

/** Rule ids of the catalogue that own or share at least one upstream message. */
export function rulesWithMessages(): string[] {
  return [...new Set(UPSTREAM_MESSAGES.flatMap((m) => [m.rule, ...(m.alsoRules ?? [])]))];
}
