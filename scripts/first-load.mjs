// First-load bytes of the production build: index.html (with the inlined stylesheet and the prerendered first
// screen), the entry script, every chunk it imports statically (recursively) and any linked stylesheet,
// measured raw, gzip (level 9) and brotli (quality 11).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function firstLoad(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set(['index.html']);
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(distDir, file), 'utf8');
    // Static imports only: `import{…}from"./x.js"` or `import"./x.js"`; dynamic import() is not first load.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)) visit(normalize(join(dirname(file), m[1])));
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/g)) visit(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href="\.?\/?([^"]+)"/g)) visit(m[1]);
  const rows = [...files].map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return { files: rows, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = firstLoad(process.argv[2] ?? 'dist');
  for (const row of result.files) console.log(`${row.file.padEnd(40)} ${String(row.raw).padStart(8)} ${String(row.gzip).padStart(8)} ${String(row.brotli).padStart(8)}`);
  console.log(`${'first load (raw, gzip, brotli)'.padEnd(40)} ${String(result.raw).padStart(8)} ${String(result.gzip).padStart(8)} ${String(result.brotli).padStart(8)}`);
}
