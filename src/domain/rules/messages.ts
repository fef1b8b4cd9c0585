// What kubeadm, the Kubernetes components and Flannel print for each rule's outcome, verbatim, as data.
// Only the explainer (explain.ts), the rule pages and `explain` need these, so they load apart from the checks,
// like sources.ts. A rule whose outcome has no verbatim upstream string has no messages here.
import type { RuleId } from './catalogue';
import { RULES } from './catalogue';
import { ruleIdOfPath } from './folders';
import type { CompiledTemplate, PlaceholderKind, UpstreamMessage } from './message-kit';

export type { CompiledTemplate, MessageVersions, PlaceholderKind, UpstreamMessage } from './message-kit';

const IPV4 = String.raw`\d{1,3}(?:\.\d{1,3}){3}`;

// An IPv6 literal: hex digits, colons and dots (an embedded IPv4), with at least one colon.
const IPV6 = String.raw`[0-9A-Fa-f.]{0,39}:[0-9A-Fa-f:.]{1,45}`;

const KINDS: Record<PlaceholderKind, { pattern: string; weight: number }> = {
  cidr4: { pattern: `${IPV4}/\\d{1,2}`, weight: 8 },
  cidr6: { pattern: `${IPV6}/\\d{1,3}`, weight: 8 },
  ip4: { pattern: IPV4, weight: 8 },
  ip6: { pattern: IPV6, weight: 8 },
  cidr: { pattern: String.raw`[0-9A-Fa-f:.]{2,45}/\d{1,3}`, weight: 4 },
  ip: { pattern: String.raw`[0-9A-Fa-f:.]{2,45}`, weight: 4 },
  int: { pattern: String.raw`-?\d{1,20}`, weight: 2 },
  name: { pattern: String.raw`[A-Za-z0-9][A-Za-z0-9._-]{0,252}`, weight: 1 },
  word: { pattern: String.raw`[^\s"]{1,200}`, weight: 0 },
  text: { pattern: String.raw`[^"\n]{0,300}`, weight: 0 },
  any: { pattern: String.raw`[^\n]{0,300}`, weight: 0 },
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Compiles a message template; throws on a malformed one (a test compiles every template). */
export function compileTemplate(template: string): CompiledTemplate {
  let source = '';
  let specificity = 0;
  let anchor = '';
  let literal = '';
  let optional = false;
  const captures: string[] = [];
  const flush = (): void => {
    if (!optional && literal.length > anchor.length) anchor = literal;
    if (!optional) specificity += literal.length;
    source += escape(literal);
    literal = '';
  };
  for (let i = 0; i < template.length; ) {
    if (template.startsWith('[[', i) || template.startsWith(']]', i)) {
      const open = template[i] === '[';
      if (open === optional) throw new Error(`template ${template}: unbalanced [[ ]]`);
      flush();
      source += open ? '(?:' : ')?';
      optional = open;
      i += 2;
    } else if (template[i] === '{') {
      const end = template.indexOf('}', i);
      const m = /^\{([A-Za-z0-9]*):([a-z0-9]+)\}$/.exec(template.slice(i, end + 1));
      const kind = m ? KINDS[m[2] as PlaceholderKind] : undefined;
      if (!m || !kind) throw new Error(`template ${template}: bad placeholder at ${i}`);
      flush();
      const name = m[1]!;
      if (name) {
        if (captures.includes(name)) throw new Error(`template ${template}: ${name} twice`);
        captures.push(name);
      }
      source += name ? `(?<${name}>${kind.pattern})` : `(?:${kind.pattern})`;
      if (!optional) specificity += kind.weight;
      i = end + 1;
    } else {
      literal += template[i];
      i += 1;
    }
  }
  if (optional) throw new Error(`template ${template}: unbalanced [[ ]]`);
  flush();
  if (anchor.length < 4) throw new Error(`template ${template}: no literal piece of 4 characters to look for`);
  return { regex: new RegExp(source), specificity, anchor, captures };
}

/** The messages of one rule (those it owns), in catalogue order. */
export function messagesOf(rule: string): UpstreamMessage[] {
  return UPSTREAM_MESSAGES.filter((m) => m.rule === rule);
}

/** The messages that name a rule among their `alsoRules`. */
export function alsoMessagesOf(rule: string): UpstreamMessage[] {
  return UPSTREAM_MESSAGES.filter((m) => m.alsoRules?.includes(rule as RuleId));
}

// Stryker disable next-line all: Vite reads the glob's literal arguments at build time; a mutant of them does not build.
const MESSAGE_MODULES = import.meta.glob<{ messages: readonly UpstreamMessage[] }>('./*/*/upstream.ts', { eager: true });
const CATALOGUE_ORDER = new Map<string, number>(RULES.map((rule, index) => [rule.id, index]));

/** Every upstream message, grouped by rule in catalogue order (each rule's upstream.ts, in its own order). */
export const UPSTREAM_MESSAGES: readonly UpstreamMessage[] = Object.entries(MESSAGE_MODULES)
  .sort(([a], [b]) => CATALOGUE_ORDER.get(ruleIdOfPath(a))! - CATALOGUE_ORDER.get(ruleIdOfPath(b))!)
  .flatMap(([, module]) => module.messages);
