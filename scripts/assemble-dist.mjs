// Puts the three one-language builds together into dist/: one page per language, dist/kk/, dist/ru/ and dist/en/
// (each Trunk's own build of that language, built with --public-url /xx/), with the start page rendered ahead of
// time inside its <div id="app"> and the style inside its head, and at the top a small page that sends the reader to their language's page.
// Usage: node scripts/assemble-dist.mjs BUILDS_DIR PRERENDER_DIR DIST_DIR   (BUILDS_DIR/kk, /ru, /en;
// PRERENDER_DIR/kk.html, ru.html, en.html from `ruqsat-prerender`)
//
// The top page chooses as core::lang::Lang::negotiate and ui::browser do: `lang=` in the URL, else the language
// chosen before (localStorage "ruqsat.lang"), else the browser's first supported language, else Kazakh. The rest of
// the URL (the answers) goes along. A language's own page never chooses: its address is its language.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const [builds, prerendered, dist] = process.argv.slice(2);
const LANGS = ['kk', 'ru', 'en'];
const fail = (why) => { console.error(`error: ${why}`); process.exit(1); };
if (!dist) fail('usage: node scripts/assemble-dist.mjs BUILDS_DIR PRERENDER_DIR DIST_DIR');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Runs first, and without the app:
// - a link to a later page (`page=` other than start) hides the start page until the app has rendered that page
//   (ui::browser::adopt_prerendered shows #app again), so it never flashes the wrong page;
// - on the start page, the language links carry the answers in the URL, as the app's own do once it runs;
// - a printed page shows what its closed <details> hold in every browser, not only where the style sheet's
//   ::details-content rule works (Chromium 131 and later): they are opened for the print and closed again after.
const beforeTheApp = `<script>
(() => {
  const query = location.search;
  const page = new URLSearchParams(query).get('page');
  if (page && page !== 'start') document.getElementById('app').hidden = true;
  else if (query) for (const a of document.querySelectorAll('a[data-lang]')) a.search = query;
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details:not([open])')) { d.open = true; d.dataset.openedToPrint = ''; }
  });
  addEventListener('afterprint', () => {
    for (const d of document.querySelectorAll('details[data-opened-to-print]')) { d.open = false; delete d.dataset.openedToPrint; }
  });
})();
</script>`;

// Each language's page describes itself in its language (index.html carries the English words, which this checks).
const DESCRIPTION = /<meta name="description" content="([^"]*)">/;
const DESCRIPTIONS = {
  kk: 'Ruqsat: шетелдік жұмыс күшін тартуға рұқсаттың қай қызметі қажет, оның құжаттары мен жұмыс күндеріндегі мерзімдері. Браузеріңізде жұмыс істейді; ешнәрсе жіберілмейді.',
  ru: 'Ruqsat: какая услуга по разрешению на привлечение иностранной рабочей силы вам нужна, её документы и сроки в рабочих днях. Работает в вашем браузере; ничего никуда не отправляется.',
  en: 'Ruqsat: which permit service you need to attract foreign labour in Kazakhstan, its documents and its timeline in working days. Runs in your browser; nothing is sent anywhere.',
};

// Our own style sheet, without comments and layout whitespace (about 450 bytes gzip less on every first load). Safe
// for it, and checked: no calc() (whose + and - need their spaces), no string holding a character it removes spaces
// around or a run of spaces; `>` is only ever a child combinator.
const minifyCss = (css) => {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const unsafe = (bare.match(/"[^"]*"|'[^']*'/g) || []).find((q) => /[{};,>]|: |\s\s/.test(q));
  if (/calc\(/.test(bare) || unsafe) fail(`style.css has calc() or a string (${unsafe}) that minifyCss would change`);
  return bare.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/: /g, ':').replace(/;}/g, '}').trim();
};

for (const lang of LANGS) {
  const dir = join(builds, lang);
  const files = readdirSync(dir);
  if (!files.some((f) => /^ruqsat-web-[0-9a-f]+_bg\.wasm$/.test(f))) fail(`no ruqsat-web wasm in ${dir}`);
  cpSync(dir, join(dist, lang), { recursive: true });
  let page = readFileSync(join(dir, 'index.html'), 'utf8');
  if (!page.includes(`/${lang}/ruqsat-web-`)) fail(`the ${lang} page does not load its bundle from /${lang}/ (--public-url)`);
  const start = readFileSync(join(prerendered, `${lang}.html`), 'utf8');
  if (!start.includes('data-action="start"')) fail(`${prerendered}/${lang}.html is not the start page`);
  const app = /(<div id="app">)([\s\S]*?)(<\/div>\s*<\/body>)/;
  if (!app.test(page)) fail(`no <div id="app"> at the end of the ${lang} page`);
  // The style goes inside the page, allowed by its hash in the page's Content-Security-Policy: one request less
  // before the first paint (the style blocks it).
  const link = /<link rel="stylesheet" href="\/[a-z]{2}\/(style-[0-9a-f]+\.css)"[^>]*>/;
  const css = page.match(link);
  if (!css) fail(`no stylesheet link in the ${lang} page`);
  const style = minifyCss(readFileSync(join(dir, css[1]), 'utf8'));
  if (style.includes('</')) fail(`${css[1]} cannot be put inside a <style> element`);
  rmSync(join(dist, lang, css[1]));
  const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  if (!page.includes("style-src 'self'")) fail(`no style-src 'self' in the ${lang} page's Content-Security-Policy`);
  // wasm-bindgen's glue, minified (terser, from package-lock.json): about 1.7 KB gzip less. Its preload keeps its
  // integrity check, with the hash of what is served.
  const js = files.find((f) => /^ruqsat-web-[0-9a-f]+\.js$/.test(f));
  if (!js) fail(`no ruqsat-web JS in ${dir}`);
  const glue = (await minify(readFileSync(join(dir, js), 'utf8'), { module: true, compress: { passes: 2 } })).code;
  if (!glue) fail(`terser returned nothing for ${js}`);
  writeFileSync(join(dist, lang, js), glue);
  const preload = new RegExp(`(<link rel="modulepreload" href="/${lang}/${js.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!preload.test(page)) fail(`no integrity-checked preload of ${js} in the ${lang} page`);
  page = page.replace(preload, (_, a, b) => `${a}sha384-${createHash('sha384').update(glue).digest('base64')}${b}`);
  const description = page.match(DESCRIPTION);
  if (!description || description[1] !== DESCRIPTIONS.en) fail(`index.html's description is not DESCRIPTIONS.en`);
  page = page
    .replace(DESCRIPTION, () => `<meta name="description" content="${DESCRIPTIONS[lang]}">`)
    .replace(link, () => `<style>${style}</style>`)
    .replace("style-src 'self'", `style-src 'self' ${hash}`)
    .replace('<html lang="kk">', `<html lang="${lang}">`)
    .replace(app, (_, open, inner, close) => `${open}${inner.trimEnd()}\n${start}\n${close.replace('</div>', `</div>\n${beforeTheApp}`)}`);
  writeFileSync(join(dist, lang, 'index.html'), page);
}

// The top page: only a choice of language, then off to that language's page.
const top = `<!doctype html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'; style-src 'self'; base-uri 'self'">
<title>Ruqsat</title>
<link rel="icon" href="kk/favicon.svg" type="image/svg+xml">
<script>
// One page per language (scripts/assemble-dist.mjs): go to the reader's, keeping the answers in the URL.
(() => {
  const langs = ${JSON.stringify(LANGS)};
  const params = location.search.slice(1).split('&').filter((p) => p !== '');
  const asked = params.find((p) => p.startsWith('lang='));
  let lang = asked && asked.slice(5);
  if (!langs.includes(lang)) { try { lang = localStorage.getItem('ruqsat.lang'); } catch (e) { lang = null; } }
  if (!langs.includes(lang)) lang = (navigator.languages || []).map((c) => c.split(/[-_]/)[0].toLowerCase()).find((c) => langs.includes(c)) || 'kk';
  const rest = params.filter((p) => !p.startsWith('lang='));
  location.replace(lang + '/' + (rest.length ? '?' + rest.join('&') : '') + location.hash);
})();
</script>
</head>
<body>
<noscript><p>Ruqsat needs JavaScript and WebAssembly. / Ruqsat үшін JavaScript пен WebAssembly қажет. / Для Ruqsat нужны JavaScript и WebAssembly.
<a href="kk/" lang="kk">Қазақша</a> · <a href="ru/" lang="ru">Русский</a> · <a href="en/" lang="en">English</a></p></noscript>
</body>
</html>
`;
writeFileSync(join(dist, 'index.html'), top);
console.log(`assembled ${dist}: ${LANGS.map((l) => `${l}/index.html`).join(', ')} and index.html`);
