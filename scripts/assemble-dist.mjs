// Puts the three one-language builds together into dist/: the shared page, style and icon at the top, each
// language's JS and wasm in dist/kk, dist/ru and dist/en, and in index.html a loader that fetches only the bundle of
// the reader's language. Usage: node scripts/assemble-dist.mjs BUILDS_DIR DIST_DIR   (BUILDS_DIR/kk, /ru, /en)
//
// The loader chooses as core::lang::Lang::negotiate and ui::browser do: `lang=` in the URL (set when storage is
// off), else the language chosen before (localStorage "ruqsat.lang"), else the browser's first supported language,
// else Kazakh. Trunk's own loader and preload links are replaced: they name one bundle.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [builds, dist] = process.argv.slice(2);
const LANGS = ['kk', 'ru', 'en'];
const fail = (why) => { console.error(`error: ${why}`); process.exit(1); };

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const bundles = {};
let shared = null;
for (const lang of LANGS) {
  const dir = join(builds, lang);
  const files = readdirSync(dir);
  const js = files.find((f) => /^ruqsat-web-[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^ruqsat-web-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!js || !wasm) fail(`no ruqsat-web JS and wasm in ${dir}`);
  mkdirSync(join(dist, lang));
  cpSync(join(dir, js), join(dist, lang, js));
  cpSync(join(dir, wasm), join(dist, lang, wasm));
  bundles[lang] = [`/${lang}/${js}`, `/${lang}/${wasm}`];
  // Everything else (style, icon) is the same in every build: copy it once, and check that it is the same.
  const rest = files.filter((f) => f !== js && f !== wasm && f !== 'index.html').sort();
  if (shared === null) {
    shared = rest;
    for (const f of rest) cpSync(join(dir, f), join(dist, f), { recursive: true });
  } else if (rest.join() !== shared.join()) {
    fail(`the ${lang} build's shared files differ from the kk build's: ${rest} vs ${shared}`);
  }
}

let page = readFileSync(join(builds, 'kk', 'index.html'), 'utf8');
const trunkLoader = /<script type="module">[\s\S]*?<\/script>\s*/;
const trunkPreloads = /<link rel="(?:modulepreload|preload)"[^>]*>/g;
if (!trunkLoader.test(page)) fail("Trunk's loader script was not found in index.html");
// A classic script runs while the head is parsed, so both downloads start at once (as Trunk's preload links did);
// the module script then waits for them.
const loader = `<script>
// One bundle per language: only the reader's is fetched (scripts/assemble-dist.mjs).
(() => {
  const bundles = ${JSON.stringify(bundles)};
  let lang = new URLSearchParams(location.search).get('lang');
  if (!bundles[lang]) { try { lang = localStorage.getItem('ruqsat.lang'); } catch (e) { lang = null; } }
  if (!bundles[lang]) lang = (navigator.languages || []).map((c) => c.split(/[-_]/)[0].toLowerCase()).find((c) => bundles[c]) || 'kk';
  document.documentElement.lang = lang;
  const [js, wasm] = bundles[lang];
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = js;
  document.head.appendChild(preload);
  window.ruqsatBundle = { js, wasm: fetch(wasm) };
})();
</script>
<script type="module">
const { js, wasm } = window.ruqsatBundle;
const { default: init } = await import(js);
await init({ module_or_path: wasm });
</script>
`;
page = page.replace(trunkLoader, loader).replace(trunkPreloads, '');
writeFileSync(join(dist, 'index.html'), page);
console.log(`assembled ${dist}: ${LANGS.map((l) => bundles[l][1]).join(', ')}`);
