// The static rule pages as the build writes them (scripts/rule-pages.mjs calls the same buildRulePages): every rule
// has an English and a Chinese page naming its id and quoting its upstream messages, under the strict CSP, with no
// script; the indexes list every rule; robots.txt and sitemap.xml name every page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulePagesZh } from '../../src/content/rule-pages.zh';
import { decodePlan } from '../../src/domain/permalink';
import { RULES } from '../../src/domain/rules/catalogue';
import { runRules } from '../../src/domain/rules/engine';
import { RULE_EXAMPLES } from '../../src/domain/rules/examples';
import { alsoMessagesOf, messagesOf } from '../../src/domain/rules/messages';
import { buildRulePages, escapeHtml, normalizeSiteUrl } from '../../src/pages/rule-pages';
import { notChinese } from '../chinese-text';

const css = readFileSync('src/pages/rule-pages.css', 'utf8');
const cssHash = createHash('sha256').update(css).digest('base64');
const SITE = 'https://example.org/dualstack-wizard/';
const files = buildRulePages({ siteUrl: 'https://example.org/dualstack-wizard', css, cssHash });
const byPath = new Map(files.map((f) => [f.path, f.content]));
const html = (path: string): string => {
  const content = byPath.get(path);
  if (content === undefined) throw new Error(`no page ${path}`);
  return content;
};
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'sha256-${cssHash}'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">`;

/** The text a reader sees outside code: tags, <code> and <pre> removed, entities decoded. */
function prose(page: string): string {
  const body = page.slice(page.indexOf('<body>'));
  return body
    .replace(/<pre>[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('rule pages', () => {
  it('writes both pages of every rule, two indexes, robots.txt and sitemap.xml, and nothing else', () => {
    const expected = [
      'rules/index.html',
      'zh-CN/rules/index.html',
      ...RULES.flatMap((r) => [`rules/${r.id}/index.html`, `zh-CN/rules/${r.id}/index.html`]),
      'robots.txt',
      'sitemap.xml',
    ];
    expect(files.map((f) => f.path).sort()).toEqual(expected.sort());
  });

  for (const rule of RULES) {
    it(`${rule.id}: both pages name it, quote its upstream messages, link to each other and carry the CSP`, () => {
      for (const [lang, path, twin] of [
        ['en', `rules/${rule.id}/`, `zh-CN/rules/${rule.id}/`],
        ['zh-CN', `zh-CN/rules/${rule.id}/`, `rules/${rule.id}/`],
      ] as const) {
        const page = html(`${path}index.html`);
        expect(page).toContain(`<html lang="${lang}">`);
        expect(page).toContain(`<h1><code>${rule.id}</code></h1>`);
        expect(page).toMatch(new RegExp(`<title>${rule.id}[:：] [^<]+</title>`.replace('[:：] ', lang === 'en' ? ': ' : '：')));
        expect(page).toMatch(/<meta name="description" content="[^"]{20,}">/);
        for (const m of [...messagesOf(rule.id), ...alsoMessagesOf(rule.id)]) {
          expect(page).toContain(`<code>${escapeHtml(m.text)}</code>`);
          expect(page).toContain(`<pre><code>${escapeHtml(m.example)}</code></pre>`);
        }
        expect(page).toContain(CSP);
        expect(page).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
        expect(page).toContain(`<link rel="canonical" href="${SITE}${path}">`);
        expect(page).toContain(`<link rel="alternate" hreflang="${lang === 'en' ? 'zh-CN' : 'en'}" href="${SITE}${twin}">`);
        // The visible switch to the twin, relative, so the pages work from any sub-path.
        expect(page).toContain(`href="${lang === 'en' ? '../../' : '../../../'}${twin}"`);
      }
    });
  }

  it('every rule page with a wizard link opens a plan on which the wizard shows that rule', () => {
    let links = 0;
    for (const rule of RULES) {
      for (const path of [`rules/${rule.id}/index.html`, `zh-CN/rules/${rule.id}/index.html`]) {
        const link = /<a class="button" href="(?:\.\.\/)+#([^"]+)">/.exec(html(path));
        if (!link) continue;
        links++;
        const decoded = decodePlan(link[1]!.replace(/&amp;/g, '&'));
        expect(decoded.dropped).toEqual([]);
        expect(runRules(decoded.plan).map((d) => d.rule)).toContain(rule.id);
      }
    }
    // Every plan example has its link; file examples where the wizard can hold what the files say.
    const planExamples = RULES.filter((r) => RULE_EXAMPLES[r.id]?.kind === 'plan').length;
    expect(links).toBeGreaterThanOrEqual(planExamples * 2);
  });

  it('the index of each language lists every rule by component, linking to its page', () => {
    for (const path of ['rules/index.html', 'zh-CN/rules/index.html']) {
      const page = html(path);
      for (const rule of RULES) expect(page).toContain(`<a href="${rule.id}/"><code>${rule.id}</code></a>`);
      expect(page.match(/<h2>/g)).toHaveLength(7);
      expect(page).toContain(CSP);
      expect(page).not.toMatch(/<script/i);
    }
    expect(html('rules/index.html')).toContain(`<link rel="canonical" href="${SITE}rules/">`);
    expect(html('zh-CN/rules/index.html')).toContain(`<link rel="alternate" hreflang="en" href="${SITE}rules/">`);
  });

  it('the flannel-io/flannel#1629 page tells what each Flannel version does, oldest first', () => {
    const page = html('rules/flannel-ipv6-first-podsubnet/index.html');
    const rows = [...page.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, '').slice(0, 40)]);
    expect(rows).toEqual([
      ['Flannel v0.15.0–v0.17.0', 'Error kube-flannel panics at start-up wi'],
      ['Flannel v0.18.0–v0.20.1', 'Error kube-flannel crash-loops: the firs'],
      ['Flannel v0.20.2–v0.28.9', 'No problem: the rule does not apply in t'],
    ]);
  });

  it('robots.txt allows everything and names the sitemap; the sitemap lists the wizard, both indexes and every rule page', () => {
    expect(html('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
    const locs = [...html('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(3 + RULES.length * 2);
    expect(locs.slice(0, 2)).toEqual([SITE, `${SITE}rules/`]);
    expect(locs).toContain(`${SITE}zh-CN/rules/flannel-ipv6-first-podsubnet/`);
  });

  it('without a site URL: canonical and hreflang links relative to the page, robots.txt names no sitemap, and none is written', () => {
    const relative = buildRulePages({ css, cssHash });
    const at = new Map(relative.map((f) => [f.path, f.content]));
    expect(relative.map((f) => f.path).sort()).toEqual(files.map((f) => f.path).filter((p) => p !== 'sitemap.xml').sort());
    expect(at.get('robots.txt')).toBe('User-agent: *\nAllow: /\n');
    const page = at.get('rules/flannel-ipv6-first-podsubnet/index.html')!;
    expect(page).toContain('<link rel="canonical" href="../../rules/flannel-ipv6-first-podsubnet/">');
    expect(page).toContain('<link rel="alternate" hreflang="zh-CN" href="../../zh-CN/rules/flannel-ipv6-first-podsubnet/">');
    expect(page).toContain('<link rel="alternate" hreflang="x-default" href="../../rules/flannel-ipv6-first-podsubnet/">');
    expect(at.get('zh-CN/rules/flannel-ipv6-first-podsubnet/index.html')).toContain('<link rel="canonical" href="../../../zh-CN/rules/flannel-ipv6-first-podsubnet/">');
    expect(at.get('zh-CN/rules/index.html')).toContain('<link rel="alternate" hreflang="en" href="../../rules/">');
    // No file names a host: every link resolves against wherever the build is served.
    for (const file of relative) expect(file.content, file.path).not.toMatch(/localhost|https?:\/\/(?!www\.w3\.org|www\.sitemaps\.org)[^"\s]*"/);
    // The twin links are the same whichever way, so only the <head> differs from a build with a site URL.
    expect(page.slice(page.indexOf('</head>'))).toBe(html('rules/flannel-ipv6-first-podsubnet/index.html').slice(html('rules/flannel-ipv6-first-podsubnet/index.html').indexOf('</head>')));
  });

  it('refuses a site root that is not an absolute http(s) URL', () => {
    expect(normalizeSiteUrl('https://example.org')).toBe('https://example.org/');
    expect(() => normalizeSiteUrl('example.org/wizard/')).toThrow();
    expect(() => normalizeSiteUrl('javascript:alert(1)')).toThrow('SITE_URL must be an http(s) URL')
    expect(() => normalizeSiteUrl('https://example.org/?q=1')).toThrow();
  });

  it('the Chinese pages have no English words outside code, quotes and names', () => {
    const failures: string[] = [];
    for (const path of ['zh-CN/rules/index.html', ...RULES.map((r) => `zh-CN/rules/${r.id}/index.html`)]) {
      // Sources name upstream files and functions (the Chinese catalogue's own words are judged in chinese-words.test.ts).
      const text = prose(html(path).replace(/<h2>来源<\/h2>\n<p>[\s\S]*?<\/p>/, '').replace(/<p class="meta">[\s\S]*?<\/p>/g, ''));
      for (const line of text.split(/\n/).map((l) => l.trim()).filter(Boolean)) {
        const problem = notChinese(line, { needsCjk: false });
        if (problem) failures.push(`${path}: ${line}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    for (const value of Object.values(rulePagesZh)) if (typeof value === 'string' && /[a-z]{3}/i.test(value) && value !== 'English' && value !== rulePagesZh.siteName) expect(notChinese(value.replace(/`[^`]*`/g, '')), value).toBeNull();
  });
});
