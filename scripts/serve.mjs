// A small static server for dist/, optionally under a sub-path, compressing like a static host (GitHub Pages
// serves gzip), so the bench sees realistic transfer sizes.
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.json': 'application/json', '.map': 'application/json' };

// Compressed once per file, as a static host serves precompressed files: brotli at its best level takes most of a
// second for the entry chunk, which would otherwise show up as server time in every page load the bench measures.
const compressedCache = new Map();
function compressed(file, body, encoding) {
  const key = `${encoding}:${file}`;
  const cached = compressedCache.get(key);
  if (cached?.source.equals(body)) return cached.data;
  const data = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body);
  compressedCache.set(key, { source: body, data });
  return data;
}

export function serve({ root = 'dist', base = '/', port = 4175, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const compressible = /text|javascript|json|svg/.test(type);
      const encoding = !compressible ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      if (!encoding) return void res.writeHead(200, { 'content-type': type }).end(body);
      res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' }).end(compressed(file, body, encoding));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , base = '/', port = '4175'] = process.argv;
  await serve({ base, port: Number(port) });
  console.log(`serving dist/ at http://127.0.0.1:${port}${base}`);
}
