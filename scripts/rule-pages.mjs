// Writes the static rule pages, their indexes, robots.txt and sitemap.xml into dist/ (src/pages/rule-pages.ts, bundled
// for Node into dist-ssr/ by vite.ssr.config.ts). SITE_URL is the absolute URL the site is served from: canonical
// links, hreflang links and the sitemap need absolute URLs. Unset, they point at `npm start`'s http://localhost:4173/.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_SITE_URL = 'http://localhost:4173/';

export async function writeRulePages(dist = 'dist', ssr = 'dist-ssr') {
  const { buildRulePages } = await import(pathToFileURL(join(ssr, 'rule-pages.mjs')).href);
  const css = readFileSync('src/pages/rule-pages.css', 'utf8');
  if (css.includes('</style')) throw new Error('the rule pages stylesheet cannot be inlined');
  const siteUrl = process.env.SITE_URL || DEFAULT_SITE_URL;
  if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: the rule pages' canonical links and the sitemap point at ${DEFAULT_SITE_URL}`);
  const files = buildRulePages({ siteUrl, css, cssHash: createHash('sha256').update(css).digest('base64') });
  for (const file of files) {
    const path = join(dist, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  console.log(`wrote ${files.length} rule pages, indexes, robots.txt and sitemap.xml for ${siteUrl}`);
}
