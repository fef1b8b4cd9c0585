// Writes the static rule pages, their indexes, robots.txt and sitemap.xml into dist/ (src/pages/rule-pages.ts, bundled
// for Node into dist-ssr/ by config/vite.ssr.config.ts). SITE_URL is the absolute URL the site is served from: with it the
// canonical and hreflang links are absolute and sitemap.xml lists every page. Unset, the links are relative and no
// sitemap is written (one must name absolute URLs, and a guessed host would be advertised to crawlers).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function writeRulePages(dist = 'dist', ssr = 'dist-ssr', siteUrl = process.env.SITE_URL || undefined) {
  const { buildRulePages } = await import(pathToFileURL(join(ssr, 'rule-pages.mjs')).href);
  const css = readFileSync('src/pages/rule-pages.css', 'utf8');
  if (css.includes('</style')) throw new Error('the rule pages stylesheet cannot be inlined');
  if (!siteUrl) console.warn("SITE_URL is not set: the rule pages' canonical and hreflang links are relative and no sitemap.xml is written; set it to the address the site is published at");
  const files = buildRulePages({ siteUrl, css, cssHash: createHash('sha256').update(css).digest('base64') });
  for (const file of files) {
    const path = join(dist, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  console.log(`wrote ${files.length} rule pages, indexes, robots.txt${siteUrl ? ` and sitemap.xml for ${siteUrl}` : ' (no sitemap.xml: SITE_URL is not set)'}`);
}
