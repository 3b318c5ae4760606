// A small static file server for the release build, on loopback only. Used by Playwright's webServer and by
// `make bench`. Usage: node e2e/serve.mjs DIR PORT [--fallback] [--gzip]
//
// It answers as common static hosts do: a folder's address without its final slash is sent on to it (301), a
// folder serves its index.html, and an unknown address gets DIR/404.html with status 404. With --fallback it
// answers an unknown address as a single-page-app host does instead: the top page, DIR/index.html, with status 200.
// Like static hosts, it sends a file compressed when the browser accepts it: Brotli (quality 11, as hosts such as
// Cloudflare, Netlify or Vercel serve it), else gzip (level 9, as `scripts/size.sh` measures and as hosts that only
// gzip serve it). With --gzip it never sends Brotli: `make bench` measures Slow 4G both ways.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const [dir = 'dist', port = '4173'] = process.argv.slice(2);
const root = resolve(dir);
const flags = process.argv.slice(4);
const fallback = flags.includes('--fallback');
const brotli = !flags.includes('--gzip');
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

const COMPRESS = {
  br: (body) => promisify(brotliCompress)(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};
// Each file compressed once (Brotli at quality 11 takes about a second for a bundle), shared by the requests that
// wait for it; the bundles are compressed ahead, in the background, as soon as the server listens.
const compressed = new Map();
const compress = (encoding, file, body) => {
  const key = `${encoding}:${file}:${body.length}`;
  if (!compressed.has(key)) compressed.set(key, COMPRESS[encoding](body));
  return compressed.get(key);
};
const send = async (req, res, status, file) => {
  let body = await readFile(file);
  const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
  const accepts = req.headers['accept-encoding'] || '';
  const encoding = brotli && /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  if (encoding) {
    body = await compress(encoding, file, body);
    headers['content-encoding'] = encoding;
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
}).listen(Number(port), '127.0.0.1', () => {
  readdir(root, { recursive: true }).then((names) => names.filter((n) => /\.(wasm|js|html)$/.test(n)).forEach((n) => {
    const file = join(root, n);
    readFile(file).then((body) => compress(brotli ? 'br' : 'gzip', file, body)).catch(() => {});
  })).catch(() => {});
  console.log(`serving ${root} on http://127.0.0.1:${port}/${fallback ? ' (unknown addresses get the top page)' : ''}`);
});
