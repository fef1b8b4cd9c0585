// The static rule pages: one page per rule in English (rules/<id>/) and Chinese (zh-CN/rules/<id>/), an index per
// language, robots.txt and (with a site URL) sitemap.xml. Pure: scripts/prerender.mjs writes what buildRulePages returns into dist/ at
// build time. Plain HTML and CSS, no script; every value is escaped, and the words' backticks become <code>.
import type { RuleCatalogue } from '../content/describe';
import { ENGLISH } from '../content/en';
import { type RulePagesWords, rulePagesEn } from '../content/rule-pages.en';
import { rulePagesZh } from '../content/rule-pages.zh';
import { rulePagePath, rulesIndexPath } from '../content/rule-page-path';
import { uiEn } from '../content/ui.en';
import { uiZh } from '../content/ui.zh';
import { ZH_RULES } from '../content/zh';
import { analyzeFiles } from '../domain/parse/files';
import { decodePlan, encodePlan } from '../domain/permalink';
import type { Plan } from '../domain/plan';
import { toWizardPlan } from '../domain/plan-import';
import { renderWordsZh } from '../domain/render/words.zh';
import { RULES } from '../domain/rules/catalogue';
import { runRules } from '../domain/rules/engine';
import { type ExampleFile, RULE_EXAMPLES, type RuleExample, planExampleFiles } from '../domain/rules/examples';
import { type UpstreamMessage, alsoMessagesOf, messagesOf } from '../domain/rules/messages';
import type { Component, Diagnostic, Params, Rule } from '../domain/rules/types';
import { FLANNEL_TAGS, KUBERNETES_MINORS, compareSemver, parseFlannelVersion, versionsText } from '../domain/versions';

export interface PageFile {
  /** Path under dist/, e.g. "rules/<rule id>/index.html". */
  path: string;
  content: string;
}

export interface SiteOptions {
  /**
   * Absolute URL of the site root (SITE_URL): canonical and hreflang links are absolute and sitemap.xml lists every page.
   * Absent, those links are relative and no sitemap is written, since a sitemap must name absolute URLs and any host
   * guessed for it (localhost) would be advertised to crawlers.
   */
  siteUrl?: string | undefined;
  /** The pages' stylesheet, inlined in each page and allowed by its hash in the Content-Security-Policy. */
  css: string;
  /** base64 SHA-256 of css. */
  cssHash: string;
}

type Lang = 'en' | 'zh';
interface Language {
  lang: Lang;
  words: RulePagesWords;
  rules: RuleCatalogue;
  phase: Record<Rule['phase'], string>;
}
const LANGUAGES: Record<Lang, Language> = {
  en: { lang: 'en', words: rulePagesEn, rules: ENGLISH, phase: uiEn.phase },
  zh: { lang: 'zh', words: rulePagesZh, rules: ZH_RULES, phase: uiZh.phase },
};

export const COMPONENT_ORDER: readonly Component[] = ['kubeadm', 'kube-apiserver', 'kube-controller-manager', 'kubelet', 'kube-proxy', 'flannel', 'cluster'];

/** The pages' Content-Security-Policy: the wizard's, with no script at all. connect-src 'self' lets crawlers' tools
 * (Lighthouse) read robots.txt; a page without script makes no request of its own. */
export function rulePagesCsp(cssHash: string): string {
  return `default-src 'self'; script-src 'none'; style-src 'sha256-${cssHash}'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Words mark commands and values with backticks: those become <code>, the rest is escaped text. */
function withCode(text: string): string {
  const parts = text.split('`');
  if (parts.length < 3 || parts.length % 2 === 0) return escapeHtml(text);
  return parts.map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('');
}
const plain = (text: string): string => text.replace(/`/g, '');

/** The failing example's diagnostic of the rule, at other versions when given. */
function exampleDiagnostic(rule: Rule, example: RuleExample, versions: { kubernetes?: string; flannel?: string } = {}): Diagnostic | undefined {
  if (example.kind === 'plan') {
    const plan: Plan = { ...example.failing, ...(versions.kubernetes ? { kubernetesVersion: versions.kubernetes } : {}), ...(versions.flannel ? { flannelVersion: versions.flannel } : {}) };
    return runRules(plan).find((d) => d.rule === rule.id);
  }
  const kubernetes = versions.kubernetes ?? example.versions?.kubernetes;
  const flannel = versions.flannel ?? example.versions?.flannel;
  const options = { ...(kubernetes ? { kubernetesVersion: kubernetes } : {}), ...(flannel ? { flannelVersion: flannel } : {}) };
  return analyzeFiles([...example.failing], options).diagnostics.find((d) => d.rule === rule.id);
}

interface VersionRow {
  versions: string;
  severity: Diagnostic['severity'] | null;
  happens: string;
}

// Oldest first, so the table reads forward in time.
const FLANNEL_ASCENDING = [...FLANNEL_TAGS].sort((a, b) => compareSemver(parseFlannelVersion(a)!, parseFlannelVersion(b)!));

const flannelLabel = (first: string, last: string): string => (first === last ? first : `${first}–v${last}`);
const kubernetesLabel = (first: number, last: number): string => (first === last ? `1.${first}` : `1.${first}–1.${last}`);

/**
 * What happens at each known version, from the rules themselves: the failing example checked at every Flannel tag and
 * every Kubernetes minor (the other version as the example has it), consecutive versions with the same outcome
 * grouped. A dimension whose example version is unknown (the rules about unknown versions) is not swept.
 */
function versionRows(rule: Rule, example: RuleExample, language: Language): VersionRow[] {
  const text = language.rules.rules[rule.id];
  const happens = (d: Diagnostic, version: Params): string => (text ? text.happens({ ...d.params, ...version }) : '');
  const dims: VersionRow[][] = [];
  const sweep = <T>(values: readonly T[], at: (value: T) => Diagnostic | undefined, label: (first: T, last: T) => string, params: (first: T, last: T) => Params, name: string) => {
    const groups: Array<{ first: T; last: T; key: string; diagnostic: Diagnostic | undefined }> = [];
    for (const value of values) {
      const diagnostic = at(value);
      // The outcome with the swept version blanked out, so the words that name it do not split a group.
      const blank = Object.fromEntries(Object.keys(params(value, value)).map((key) => [key, '§']));
      const key = diagnostic ? `${diagnostic.severity}|${happens(diagnostic, blank)}` : 'none';
      const last = groups.at(-1);
      if (last && last.key === key) last.last = value;
      else groups.push({ first: value, last: value, key, diagnostic });
    }
    if (!groups.some((g) => g.diagnostic)) return;
    dims.push(groups.map((g) => ({ versions: `${name}${label(g.first, g.last)}`, severity: g.diagnostic?.severity ?? null, happens: g.diagnostic ? happens(g.diagnostic, params(g.first, g.last)) : '' })));
  };
  // A file example sweeps only the versions it pins: the others come from the files, as `check` reads them.
  const exampleFlannel = example.kind === 'plan' ? example.failing.flannelVersion : example.versions?.flannel;
  const exampleKubernetes = example.kind === 'plan' ? example.failing.kubernetesVersion : example.versions?.kubernetes;
  if (rule.needs.includes('kubeadm') && exampleKubernetes !== undefined && KUBERNETES_MINORS.some((m) => `1.${m}` === exampleKubernetes)) {
    sweep(KUBERNETES_MINORS, (minor) => exampleDiagnostic(rule, example, { kubernetes: `1.${minor}` }), kubernetesLabel, (a, b) => ({ kubernetes: kubernetesLabel(a, b) }), 'Kubernetes ');
  }
  if (rule.needs.includes('flannel') && exampleFlannel !== undefined && (FLANNEL_TAGS as readonly string[]).includes(exampleFlannel)) {
    sweep(FLANNEL_ASCENDING, (tag) => exampleDiagnostic(rule, example, { flannel: tag }), flannelLabel, (a, b) => ({ version: flannelLabel(a, b) }), 'Flannel v');
  }
  const varying = dims.filter((rows) => rows.length > 1);
  if (varying.length) return varying.flat();
  const d = exampleDiagnostic(rule, example);
  const versions = dims.map((rows) => rows[0]!.versions).join('; ') || language.words.everyVersion;
  return [{ versions, severity: d?.severity ?? rule.severity, happens: d ? happens(d, {}) : '' }];
}

/** Lines of `after` that are not in its longest common subsequence with `before`: the changed lines. */
function changedLines(before: string[], after: string[]): Set<number> {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changed = new Set<number>();
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && before[i] === after[j]) {
      i++;
      j++;
    } else if (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else changed.add(j++);
  }
  return changed;
}

function fileBlock(file: ExampleFile, other: ExampleFile | undefined): string {
  const lines = file.text.replace(/\n$/, '').split('\n');
  const changed = other ? changedLines(other.text.replace(/\n$/, '').split('\n'), lines) : new Set<number>();
  const body = lines.map((line, i) => (changed.has(i) ? `<mark>${escapeHtml(line)}</mark>` : escapeHtml(line))).join('\n');
  return `<figure><figcaption><code>${escapeHtml(file.path)}</code></figcaption><pre><code>${body}</code></pre></figure>`;
}

function checkCommand(files: readonly ExampleFile[], versions: { kubernetes?: string; flannel?: string }): string {
  const flags = [versions.kubernetes ? `--kubernetes-version ${versions.kubernetes}` : '', versions.flannel ? `--flannel-version v${versions.flannel}` : ''].filter(Boolean);
  return ['dualstack-wizard check', ...flags, ...files.map((f) => f.path)].join(' ');
}

/** The plan the wizard link opens: the failing plan, or what the failing files give, when the wizard shows the rule there too. */
export function exampleWizardPlan(rule: Rule, example: RuleExample): Plan | null {
  let plan: Plan;
  if (example.kind === 'plan') plan = example.failing;
  else {
    const options = { ...(example.versions?.kubernetes ? { kubernetesVersion: example.versions.kubernetes } : {}), ...(example.versions?.flannel ? { flannelVersion: example.versions.flannel } : {}) };
    plan = toWizardPlan(analyzeFiles([...example.failing], options).plan);
  }
  // The link must open what the page says: the decoded plan shows the rule in the wizard.
  return runRules(decodePlan(encodePlan(plan)).plan).some((d) => d.rule === rule.id) ? plan : null;
}

function exampleSection(rule: Rule, example: RuleExample, language: Language, root: string): string {
  const w = language.words;
  const out: string[] = [`<h2>${escapeHtml(w.example)}</h2>`];
  let failing: readonly ExampleFile[];
  let fixed: readonly ExampleFile[] | null;
  let versions: { kubernetes?: string; flannel?: string };
  if (example.kind === 'plan') {
    const words = language.lang === 'zh' ? renderWordsZh : undefined;
    failing = planExampleFiles(example.failing, example.files, words);
    fixed = planExampleFiles(example.fixed, example.files, words);
    versions = { kubernetes: example.failing.kubernetesVersion, flannel: example.failing.flannelVersion };
  } else {
    failing = example.failing;
    fixed = example.fixed;
    versions = example.versions ?? {};
  }
  if (failing.length === 0) out.push(`<p>${withCode(w.fieldOnly)}</p>`);
  else {
    out.push('<div class="files">');
    out.push(`<section><h3>${escapeHtml(w.failing)}</h3>${failing.map((f) => fileBlock(f, undefined)).join('')}</section>`);
    if (fixed) out.push(`<section><h3>${escapeHtml(w.fixed)}</h3>${fixed.map((f) => fileBlock(f, failing.find((g) => g.path === f.path))).join('')}</section>`);
    out.push('</div>');
    out.push(`<p>${escapeHtml(fixed ? w.changed : w.note)}</p>`);
    out.push(`<p>${escapeHtml(w.check)}</p><pre><code>${escapeHtml(checkCommand(failing, versions))}</code></pre>`);
  }
  const wizardPlan = exampleWizardPlan(rule, example);
  if (wizardPlan) out.push(`<p><a class="button" href="${escapeHtml(`${root}#${encodePlan(wizardPlan)}`)}">${escapeHtml(example.kind === 'plan' ? w.openExample : w.openExampleFiles)}</a></p>`);
  return out.join('\n');
}

function messageItem(m: UpstreamMessage, rule: string, w: RulePagesWords): string {
  // The versions in which the message is this rule's outcome, where they differ by rule.
  const versions = versionsText(m.versionsByRule?.[rule] ?? m.versions) ?? w.everyVersion;
  return [
    '<li>',
    `<blockquote><p><code>${escapeHtml(m.text)}</code></p></blockquote>`,
    `<p>${escapeHtml(w.asLogged)}${w.colon.trim()}</p><pre><code>${escapeHtml(m.example)}</code></pre>`,
    `<p class="meta">${escapeHtml(w.component)}${w.colon}<code>${escapeHtml(m.component)}</code> · ${escapeHtml(w.messageVersions)}${w.colon}${escapeHtml(versions)} · ${escapeHtml(w.from)}${w.colon}${escapeHtml(m.source)}</p>`,
    '</li>',
  ].join('\n');
}

interface Head {
  lang: Language;
  title: string;
  description: string;
  /** Site-relative paths of this page and its twin in the other language. */
  path: string;
  twin: string;
  root: string;
}

function page(site: SiteOptions, head: Head, header: string, main: string): string {
  // Without a site URL the links are relative to the page, so they hold wherever the build is served.
  const base = site.siteUrl ?? head.root;
  const self = `${base}${head.path}`;
  const twin = `${base}${head.twin}`;
  const en = head.lang.lang === 'en' ? self : twin;
  const zh = head.lang.lang === 'zh' ? self : twin;
  return `<!doctype html>
<html lang="${head.lang.words.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${rulePagesCsp(site.cssHash)}">
<title>${escapeHtml(head.title)}</title>
<meta name="description" content="${escapeHtml(head.description)}">
<link rel="canonical" href="${escapeHtml(self)}">
<link rel="alternate" hreflang="en" href="${escapeHtml(en)}">
<link rel="alternate" hreflang="zh-CN" href="${escapeHtml(zh)}">
<link rel="alternate" hreflang="x-default" href="${escapeHtml(en)}">
<link rel="icon" href="${head.root}favicon.svg" type="image/svg+xml">
<style>${site.css}</style>
</head>
<body>
<header>${header}</header>
<main>
${main}
</main>
</body>
</html>
`;
}

function nav(language: Language, root: string, twinHref: string, crumbs: string): string {
  const w = language.words;
  return `<nav><a href="${root}">${escapeHtml(w.siteName)}</a>${crumbs}<a class="lang" href="${twinHref}" hreflang="${w.otherLanguageLang}" lang="${w.otherLanguageLang}">${escapeHtml(w.otherLanguage)}</a></nav>`;
}

const depth = (path: string): string => '../'.repeat(path.split('/').filter(Boolean).length);

function rulePage(site: SiteOptions, rule: Rule, language: Language): PageFile {
  const w = language.words;
  const example = RULE_EXAMPLES[rule.id];
  if (!example) throw new Error(`rule ${rule.id} has no example (src/domain/rules/examples.ts)`);
  const path = rulePagePath(rule.id, language.lang);
  const twinLang: Lang = language.lang === 'en' ? 'zh' : 'en';
  const root = depth(path);
  const text = language.rules.rules[rule.id];
  const diagnostic = exampleDiagnostic(rule, example);
  const params = diagnostic?.params ?? {};
  const message = text ? text.message(params) : rule.id;
  const own = messagesOf(rule.id);
  const also = alsoMessagesOf(rule.id);
  const severity = diagnostic?.severity ?? rule.severity;
  const rows = versionRows(rule, example, language);
  const main = [
    `<h1><code>${escapeHtml(rule.id)}</code></h1>`,
    `<p class="message"><span class="severity ${severity}">${escapeHtml(w.severity[severity])}</span> ${withCode(message)}</p>`,
    `<p class="meta">${escapeHtml(w.component)}${w.colon}<code>${escapeHtml(rule.component)}</code> · ${withCode(language.phase[rule.phase])}</p>`,
    `<h2>${escapeHtml(w.upstream)}</h2>`,
    own.length ? `<p>${withCode(w.upstreamIntro)}</p><ul class="upstream">${own.map((m) => messageItem(m, rule.id, w)).join('\n')}</ul>` : `<p>${escapeHtml(w.noUpstream)}</p>`,
    also.length ? `<h3>${escapeHtml(w.alsoUpstream)}</h3><ul class="upstream">${also.map((m) => messageItem(m, rule.id, w)).join('\n')}</ul>` : '',
    `<h2>${escapeHtml(w.byVersion)}</h2>`,
    text ? `<p><strong>${escapeHtml(w.reads)}${w.colon.trim()}</strong> ${withCode(text.reads(params))}</p>` : '',
    `<div class="table"><table><caption>${escapeHtml(w.byVersionNote)}</caption><thead><tr><th scope="col">${escapeHtml(w.versions)}</th><th scope="col">${escapeHtml(w.happens)}</th></tr></thead><tbody>`,
    ...rows.map((row) => `<tr><th scope="row">${escapeHtml(row.versions)}</th><td>${row.severity ? `<span class="severity ${row.severity}">${escapeHtml(w.severity[row.severity])}</span> ${withCode(row.happens)}` : escapeHtml(w.notApplicable)}</td></tr>`),
    '</tbody></table></div>',
    `<h2>${escapeHtml(w.fix)}</h2>`,
    `<p>${withCode(text ? text.fix(params) : '')}</p>`,
    exampleSection(rule, example, language, root),
    `<h2>${escapeHtml(w.source)}</h2>`,
    `<p>${withCode(language.rules.sources[rule.id] ?? '')}</p>`,
  ].filter(Boolean);
  const crumbs = ` › <a href="../">${escapeHtml(w.rules)}</a>`;
  const head: Head = {
    lang: language,
    title: w.title(rule.id, plain(message)),
    description: w.description(plain(message), own[0]?.text ?? ''),
    path,
    twin: rulePagePath(rule.id, twinLang),
    root,
  };
  return { path: `${path}index.html`, content: page(site, head, nav(language, root, `${root}${rulePagePath(rule.id, twinLang)}`, crumbs), main.join('\n')) };
}

function indexPage(site: SiteOptions, language: Language): PageFile {
  const w = language.words;
  const path = rulesIndexPath(language.lang);
  const twinLang: Lang = language.lang === 'en' ? 'zh' : 'en';
  const root = depth(path);
  const sections = COMPONENT_ORDER.map((component) => {
    const rules = RULES.filter((r) => r.component === component);
    if (!rules.length) return '';
    const items = rules.map((rule) => {
      const example = RULE_EXAMPLES[rule.id];
      const d = example ? exampleDiagnostic(rule, example) : undefined;
      const text = language.rules.rules[rule.id];
      const severity = d?.severity ?? rule.severity;
      const message = text ? text.message(d?.params ?? {}) : '';
      return `<li><a href="${rule.id}/"><code>${escapeHtml(rule.id)}</code></a> <span class="severity ${severity}">${escapeHtml(w.severity[severity])}</span> ${withCode(message)}</li>`;
    });
    return `<section><h2>${withCode(w.components[component])}</h2><ul class="rules">${items.join('\n')}</ul></section>`;
  });
  const main = [`<h1>${escapeHtml(w.indexTitle)}</h1>`, `<p>${withCode(w.indexIntro)}</p>`, ...sections].filter(Boolean).join('\n');
  const head: Head = { lang: language, title: w.indexTitle, description: w.indexDescription, path, twin: rulesIndexPath(twinLang), root };
  return { path: `${path}index.html`, content: page(site, head, nav(language, root, `${root}${rulesIndexPath(twinLang)}`, ''), main) };
}

/** Every page's site-relative path (the wizard, the indexes, the rule pages), as the sitemap lists them. */
export function sitePaths(): string[] {
  return ['', ...(['en', 'zh'] as const).flatMap((lang) => [rulesIndexPath(lang), ...RULES.map((rule) => rulePagePath(rule.id, lang))])];
}

/** robots.txt names the sitemap only where there is one, at the site's absolute URL. */
export function robotsTxt(siteUrl?: string): string {
  return `User-agent: *\nAllow: /\n${siteUrl ? `\nSitemap: ${siteUrl}sitemap.xml\n` : ''}`;
}

export function sitemapXml(siteUrl: string): string {
  const urls = sitePaths().map((path) => `  <url><loc>${escapeHtml(`${siteUrl}${path}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A site root as a deployer writes it: an absolute http(s) URL, given a trailing "/". */
export function normalizeSiteUrl(text: string): string {
  // Scheme, host (and port), optional path: no query, fragment, space or quote, which the pages could not carry.
  if (!/^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?$/.test(text) || /['"<>]/.test(text)) {
    throw new Error(`SITE_URL must be an http(s) URL with no query or fragment, not ${text}`);
  }
  return text.endsWith('/') ? text : `${text}/`;
}

export function buildRulePages(site: SiteOptions): PageFile[] {
  const siteUrl = site.siteUrl ? normalizeSiteUrl(site.siteUrl) : undefined;
  const options = { ...site, siteUrl };
  return [
    ...(['en', 'zh'] as const).flatMap((lang) => [indexPage(options, LANGUAGES[lang]), ...RULES.map((rule) => rulePage(options, rule, LANGUAGES[lang]))]),
    { path: 'robots.txt', content: robotsTxt(siteUrl) },
    ...(siteUrl ? [{ path: 'sitemap.xml', content: sitemapXml(siteUrl) }] : []),
  ];
}
