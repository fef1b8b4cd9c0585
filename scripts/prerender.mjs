// Finishes dist/index.html: puts the server-rendered first screen into #root (see src/app/prerender.tsx) and
// inlines the stylesheet, allowed by its hash in the Content-Security-Policy, so the first paint needs no
// second request.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeRulePages } from './rule-pages.mjs';

const { render } = await import(pathToFileURL('dist-ssr/prerender.mjs').href);
let html = readFileSync('dist/index.html', 'utf8');
const marker = '<div id="root"></div>';
if (!html.includes(marker)) throw new Error('dist/index.html has no empty #root to fill');
html = html.replace(marker, `<div id="root">${await render()}</div>`);

const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
if (!link) throw new Error('dist/index.html links no stylesheet');
const css = readFileSync(join('dist', link[1]), 'utf8');
if (css.includes('</style')) throw new Error('the stylesheet cannot be inlined');
const hash = createHash('sha256').update(css).digest('base64');
html = html.replace(link[0], `<style>${css}</style>`);
const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/;
if (!csp.test(html)) throw new Error('the Content-Security-Policy has no style-src to extend');
html = html.replace(csp, `$1 'sha256-${hash}'`);

writeFileSync('dist/index.html', html);
await writeRulePages();
rmSync('dist-ssr', { recursive: true, force: true });
console.log('prerendered the first screen and inlined the stylesheet in dist/index.html');
