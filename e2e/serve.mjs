// A small static file server for the release build, on loopback only. Used by Playwright's webServer and by
// `make bench`. Usage: node e2e/serve.mjs DIR PORT [--fallback]
//
// It answers as common static hosts do: a folder's address without its final slash is sent on to it (301), a
// folder serves its index.html, and an unknown address gets DIR/404.html with status 404. With --fallback it
// answers an unknown address as a single-page-app host does instead: the top page, DIR/index.html, with status 200.
// Like any static host, it sends a file gzipped (level 9, as `scripts/size.sh` measures) when the browser accepts it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', port = '4173', mode] = process.argv.slice(2);
const root = resolve(dir);
const fallback = mode === '--fallback';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`error: no index.html in ${root}; run \`make build\` first`);
  process.exit(1);
}

const gzipped = new Map();
const send = async (req, res, status, file) => {
  let body = await readFile(file);
  const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
  if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    const key = `${file}:${body.length}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    body = gzipped.get(key);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  res.writeHead(status, headers);
  res.end(body);
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = decodeURIComponent(url.pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    await send(req, res, 200, file);
  } catch {
    try {
      if (fallback) await send(req, res, 200, join(root, 'index.html'));
      else await send(req, res, 404, join(root, '404.html'));
    } catch {
      res.writeHead(404).end('not found');
    }
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/${fallback ? ' (unknown addresses get the top page)' : ''}`));
