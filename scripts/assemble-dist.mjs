// Puts the pages Trunk built together into dist/ and completes their Content-Security-Policy with the hashes of
// their inline scripts and styles. Every page's markup, style, scripts and their minification are Trunk's, from
// the sources src/ui/prerender.rs wrote (scripts/build-release.sh). One job Trunk cannot do: its JS minifier does
// not parse wasm-bindgen's glue (its log says "Failed to minify JS") and copies it as it is, so terser minifies it
// here (1.7 KB gzip less on every first load), and the glue's preload names the minified file's hash instead.
// Usage: node scripts/assemble-dist.mjs BUILDS_DIR DIST_DIR
//   BUILDS_DIR/kk, /ru, /en   each language's page with its bundle (trunk build --public-url /xx/)
//   BUILDS_DIR/kk-cases, …    each language's cases page with its bundle -> DIST_DIR/xx/cases/
//   BUILDS_DIR/top            the top page                 -> DIST_DIR/index.html
//   BUILDS_DIR/not-found      the not-found page           -> DIST_DIR/404.html
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const [builds, dist] = process.argv.slice(2);
const LANGS = ['kk', 'ru', 'en'];
// What src/ui/prerender.rs (INLINE_SCRIPTS, INLINE_STYLES) puts in each policy, for this step to replace.
const SCRIPTS = "'inline-scripts'";
const STYLES = "'inline-styles'";
const fail = (why) => { console.error(`error: ${why}`); process.exit(1); };
if (!dist) fail('usage: node scripts/assemble-dist.mjs BUILDS_DIR DIST_DIR');

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// The text of each element `tag` without a src attribute, exactly as the browser hashes it.
const inline = (page, tag) =>
  [...page.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);

// Writes `page` to `to` with its policy naming the hashes of its inline scripts and styles, and of `alsoStyles`.
function complete(page, to, name, alsoStyles = []) {
  const meta = page.match(/<meta [^>]*http-equiv="?Content-Security-Policy"?[^>]*>/);
  const policy = meta && meta[0].match(/content="([^"]*)"/);
  if (!policy) fail(`${name} has no Content-Security-Policy`);
  const scripts = [...new Set(inline(page, 'script').map(hash))].join(' ');
  const styles = [...new Set([...inline(page, 'style'), ...alsoStyles].map(hash))].join(' ');
  if (!policy[1].includes(SCRIPTS) || !policy[1].includes(STYLES)) fail(`${name}'s policy lacks ${SCRIPTS} or ${STYLES}`);
  if (!scripts) fail(`${name} has no inline script: did Trunk inline its script?`);
  const done = policy[1].replace(SCRIPTS, scripts).replace(STYLES, styles || "'none'");
  if (/unsafe-inline/.test(done)) fail(`${name}'s policy allows any inline script or style`);
  writeFileSync(to, page.replace(policy[1], () => done));
  return `${name} (${inline(page, 'script').length} inline scripts)`;
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const done = [];
// One language's page with its bundle: BUILDS_DIR/<build> (bundle `bin`) -> DIST_DIR/<path>.
async function languagePage(build, bin, path) {
  const dir = join(builds, build);
  const out = join(dist, path);
  const wasm = new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`);
  if (!readdirSync(dir).some((f) => wasm.test(f))) fail(`no ${bin} wasm in ${dir}`);
  cpSync(dir, out, { recursive: true });
  let page = readFileSync(join(dir, 'index.html'), 'utf8');
  if (!page.includes(`/${path}/${bin}-`)) fail(`the ${path} page does not load its bundle from /${path}/ (--public-url)`);
  const js = readdirSync(dir).find((f) => new RegExp(`^${bin}-[0-9a-f]+\\.js$`).test(f));
  const copied = readFileSync(join(dir, js), 'utf8');
  const glue = (await minify(copied, { module: true, compress: { passes: 2 } })).code;
  if (!glue) fail(`terser returned nothing for ${js}`);
  writeFileSync(join(out, js), glue);
  const integrity = (text) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
  if (!page.includes(integrity(copied))) fail(`the ${path} page's preload of ${js} has no integrity check of it`);
  page = page.replace(integrity(copied), () => integrity(glue));
  done.push(complete(page, join(out, 'index.html'), `${path}/index.html`));
  return page;
}
for (const lang of LANGS) {
  const page = await languagePage(lang, 'ruqsat-web', lang);
  if (!/data-action="?start/.test(page)) fail(`the ${lang} page holds no start page`);
  // BUILDS_DIR/xx-cases: the language's "Your cases" page (trunk build --public-url /xx/cases/) -> DIST_DIR/xx/cases
  const cases = await languagePage(`${lang}-cases`, 'ruqsat-cases', `${lang}/cases`);
  if (!/data-page="?cases/.test(cases)) fail(`the ${lang} cases page is not the cases page`);
}
// The top page shows the not-found page's content when a host sends it for an unknown address (static/top.js).
const notFound = readFileSync(join(builds, 'not-found', 'index.html'), 'utf8');
done.push(complete(notFound, join(dist, '404.html'), '404.html'));
done.push(complete(readFileSync(join(builds, 'top', 'index.html'), 'utf8'), join(dist, 'index.html'), 'index.html', inline(notFound, 'style')));
console.log(`assembled ${dist}: ${done.join(', ')}`);
