// `dualstack-wizard explain`: one rule's words and upstream messages, the whole list, or the rules a log shows.
import type { CliWords } from '../content/cli.en';
import type { RuleCatalogue } from '../content/describe';
import { type LogMatch, LogReader, explainLog } from '../domain/explain';
import { RULES } from '../domain/rules/catalogue';
import { type UpstreamMessage, alsoMessagesOf, messagesOf } from '../domain/rules/messages';
import type { Params, Rule } from '../domain/rules/types';
import { versionsText } from '../domain/versions';
import { type CliLang, cliLanguage, isSpace, rulePagePath, wrap } from './check';
import { type ByteSource, InputTooLargeError, readChunks } from './read-input';
import { textEncodingOf } from '../domain/parse/encoding';

export interface ExplainOptions {
  format: 'text' | 'json';
  lang?: CliLang;
}

export class UnknownRuleError extends Error {}

// Words of a rule without a diagnostic: each parameter reads as <name>, or as the value a log line captured.
function placeholders(known: Record<string, string> = {}): Params {
  return new Proxy({} as Params, { get: (_, key) => (typeof key === 'string' ? (known[key] ?? `<${key}>`) : undefined) });
}
// A number computed from a placeholder is no number: show an ellipsis rather than NaN. Spaces before a full stop go
// by plain code: /\s+\./g retried every run of spaces from each of its characters, quadratic in the run.
export function tidy(text: string): string {
  const words = text.replace(/\bNaN\b/g, '…');
  let out = '';
  for (let i = 0; i < words.length; ) {
    if (!isSpace(words.charCodeAt(i))) {
      out += words[i];
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < words.length && isSpace(words.charCodeAt(end))) end += 1;
    if (words[end] !== '.') out += words.slice(i, end);
    i = end;
  }
  return out.trim();
}

function words(rule: Rule, rules: RuleCatalogue, known?: Record<string, string>) {
  const text = rules.rules[rule.id];
  const p = placeholders(known);
  return {
    message: text ? tidy(text.message(p)) : rule.id,
    reads: text ? tidy(text.reads(p)) : '',
    happens: text ? tidy(text.happens(p)) : '',
    fix: text ? tidy(text.fix(p)) : '',
    source: rules.sources[rule.id] ?? '',
  };
}

const messageJson = (m: UpstreamMessage) => ({
  id: m.id,
  text: m.text,
  example: m.example,
  component: m.component,
  versions: m.versions ?? null,
  ...(m.versionsByRule ? { versionsByRule: m.versionsByRule } : {}),
  source: m.source,
  ...(m.alsoRules?.length ? { alsoRules: [...m.alsoRules] } : {}),
});

/** Up to three rule ids close to a mistyped one: by edit distance, or containing what was typed. */
export function closeRuleIds(id: string): string[] {
  const typed = id.toLowerCase();
  // A prefix counts too: "flannel-ipv6-frist" is close to the id of rules/flannel/ipv6-first-podsubnet.
  const scored = RULES.map((rule) => ({
    id: rule.id,
    d: typed.length >= 4 && rule.id.includes(typed) ? 0 : Math.min(distance(typed, rule.id), distance(typed, rule.id.slice(0, typed.length)) + 1),
  }));
  const limit = Math.max(3, Math.floor(typed.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((s) => s.id);
}

function distance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Number.POSITIVE_INFINITY;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** `explain RULE-ID`. Throws UnknownRuleError for an id not in the catalogue. */
export function explainRule(id: string, options: ExplainOptions): string {
  const rule = RULES.find((r) => r.id === id);
  const { rules, cli } = cliLanguage(options.lang);
  if (!rule) throw new UnknownRuleError(cli.explain.unknownRule(id, closeRuleIds(id)));
  const w = words(rule, rules);
  const own = messagesOf(rule.id);
  const also = alsoMessagesOf(rule.id);
  const page = rulePagePath(rule.id, options.lang);
  if (options.format === 'json') {
    const json = {
      rule: {
        id: rule.id,
        severity: rule.severity,
        component: rule.component,
        phase: rule.phase,
        ...w,
        versions: rule.versions ?? null,
        messages: own.map(messageJson),
        alsoMessages: also.map(messageJson),
        page,
      },
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const e = cli.explain;
  const out = [`[${rule.id}] ${cli.severity[rule.severity]} · ${rule.component} · ${rule.phase}`, w.message, ''];
  out.push(wrap(`${e.reads}: ${w.reads}`, ''));
  // A rule whose outcome depends on the version says each outcome its messages show, else the words without values.
  const outcomes = [...new Set([w.happens, ...own.map((m) => words(rule, rules, m.params?.[rule.id]).happens)])].filter(
    (text, _, all) => text !== '' && !(all.length > 1 && text === w.happens && own.some((m) => m.params?.[rule.id])),
  );
  for (const happens of outcomes) out.push(wrap(`${e.happens}: ${happens}`, ''));
  if (w.fix) out.push(wrap(`${cli.fix}: ${w.fix}`, ''));
  out.push(`${e.versions}: ${versionsText(rule.versions) ?? e.allVersions}`, '');
  if (own.length) {
    out.push(`${e.upstream}:`);
    for (const m of own) out.push(...messageLines(m, rule.id, cli));
  } else out.push(e.noUpstream);
  if (also.length) {
    out.push('', `${e.alsoUpstream}:`);
    for (const m of also) out.push(...messageLines(m, rule.id, cli));
  }
  out.push('', wrap(`${e.source}: ${w.source}`, ''), cli.seeRule(page));
  return `${out.join('\n')}\n`;
}

function messageLines(m: UpstreamMessage, rule: string, cli: CliWords): string[] {
  const versions = versionsText(m.versionsByRule?.[rule] ?? m.versions);
  return [`  ${m.component}${versions ? ` (${versions})` : ''}: ${m.text}`, wrap(`${cli.explain.messageSource} ${m.source}`, '      ')];
}

/** `explain --list`. */
export function explainList(options: ExplainOptions): string {
  const { cli } = cliLanguage(options.lang);
  const list = RULES.map((rule) => ({ rule, messages: messagesOf(rule.id) }));
  if (options.format === 'json') {
    const json = {
      rules: list.map(({ rule, messages }) => ({
        id: rule.id,
        severity: rule.severity,
        component: rule.component,
        phase: rule.phase,
        messages: messages.map(messageJson),
      })),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const width = Math.max(...list.map(({ rule }) => rule.id.length));
  const out = list.map(
    ({ rule, messages }) =>
      `${rule.id.padEnd(width)}  ${cli.severity[rule.severity].padEnd(7)}  ${rule.component.padEnd(23)}  ${rule.phase.padEnd(16)}  ${messages.length ? cli.explain.messagesCount(messages.length) : '-'}`,
  );
  out.push('', cli.explain.listHeader(list.length, list.reduce((n, { messages }) => n + messages.length, 0)));
  return `${out.join('\n')}\n`;
}

export interface LogResult {
  output: string;
  /** 0: nothing matched; 1: some rule matched. */
  exitCode: 0 | 1;
}

/** `explain --log FILE|-`: `source` names the log in the text output ("-" is standard input). */
export function explainLogFile(text: string, source: string, options: ExplainOptions): LogResult {
  return logReport(explainLog(text), countLines(text), source, options);
}

function logReport(matches: LogMatch[], lineCount: number, source: string, options: ExplainOptions): LogResult {
  const exitCode = matches.length ? 1 : 0;
  if (options.format === 'json') {
    const json = {
      matches: matches.map((m) => ({
        rule: m.rule,
        severity: m.severity,
        component: m.component,
        line: m.line,
        excerpt: m.excerpt,
        versions: m.versions ?? null,
        message: m.message.id,
        captures: m.captures,
        also: m.also,
      })),
    };
    return { output: `${JSON.stringify(json, null, 2)}\n`, exitCode };
  }
  const { rules, cli } = cliLanguage(options.lang);
  const e = cli.explain;
  if (!matches.length) return { output: `${e.noMatch(lineCount)}\n`, exitCode };
  const groups: LogMatch[][] = [];
  for (const m of matches) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.rule === m.rule) last.push(m);
    else groups.push([m]);
  }
  const out: string[] = [];
  for (const [best, ...rest] of groups) {
    const rule = RULES.find((r) => r.id === best!.rule)!;
    const w = words(rule, rules, best!.params);
    const versions = versionsText(best!.versions);
    out.push(`${e.matchHeader(source === '-' ? '<stdin>' : source, best!.line)}: ${cli.severity[best!.severity]} [${rule.id}] ${w.message}`);
    out.push(`    > ${best!.excerpt}`);
    if (best!.also) out.push(`    ${e.alsoCause}`);
    if (w.happens) out.push(wrap(`${e.happens}: ${w.happens}`, '    '));
    if (w.fix) out.push(wrap(`${cli.fix}: ${w.fix}`, '    '));
    if (versions) out.push(`    ${e.versions}: ${versions}`);
    if (rest.length) out.push(wrap(e.moreLines(rest.map((m) => m.line), best!.occurrences - 1 - rest.length), '    '));
    out.push(`    ${cli.seeRule(rulePagePath(rule.id, options.lang))}`, '');
  }
  out.push(e.matchSummary(groups.length));
  return { output: `${out.join('\n')}\n`, exitCode };
}

/**
 * `explain --log -`: standard input read chunk by chunk and line by line, in bounded memory, so a followed log
 * (`kubectl logs -f`) is explained as it comes. In text, each rule is printed when a line first shows it, and the
 * ranked report follows at the end of the input. Past `limit` bytes it reports what it read and exits 2.
 */
export function explainLogStream(stdin: ByteSource, limit: number, options: ExplainOptions, io: { stdout: (text: string) => void; stderr: (text: string) => void }): number {
  const { rules, cli } = cliLanguage(options.lang);
  const reader = new LogReader();
  let decoder: TextDecoder | undefined;
  let pending = '';
  const feed = (text: string): void => {
    // Only the new text is searched for a newline, so a long line arriving in many chunks is scanned once.
    const from = pending.length;
    pending += text;
    let start = 0;
    for (let end = pending.indexOf('\n', from); end !== -1; end = pending.indexOf('\n', start)) {
      announce(reader.line(pending.slice(start, end)));
      start = end + 1;
    }
    pending = pending.slice(start);
  };
  const announce = (found: LogMatch[]): void => {
    if (options.format === 'json') return;
    for (const m of found) {
      const rule = RULES.find((r) => r.id === m.rule)!;
      io.stdout(`${cli.explain.matchHeader('<stdin>', m.line)}: ${cli.severity[m.severity]} [${rule.id}] ${words(rule, rules, m.params).message}\n    > ${m.excerpt}\n`);
    }
  };
  let tooLarge: InputTooLargeError | undefined;
  try {
    readChunks(stdin, { limit, name: 'standard input' }, (bytes) => {
      decoder ??= new TextDecoder(textEncodingOf(bytes));
      feed(decoder.decode(bytes, { stream: true }));
    });
  } catch (error) {
    if (!(error instanceof InputTooLargeError)) throw error;
    tooLarge = error;
  }
  feed(decoder?.decode() ?? '');
  // The last line, if the input did not end with a newline.
  if (pending !== '') announce(reader.line(pending));
  const result = logReport(reader.matches(), reader.lineCount, '-', options);
  if (options.format !== 'json' && reader.matches().length) io.stdout('\n');
  io.stdout(result.output);
  if (tooLarge) {
    io.stderr(`dualstack-wizard: ${tooLarge.message}\n`);
    return 2;
  }
  return result.exitCode;
}

function countLines(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
