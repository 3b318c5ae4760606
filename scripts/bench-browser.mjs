// Browser benchmarks of the release build (dist/), in Debian's Chromium on loopback:
//   - first contentful paint of the start page at its language's address and from the top page, and when the app
//     started (median and quartiles of 21 fresh loads, interleaved);
//   - what that paint is made of (5 traced loads of /ru/): the renderer's work before it, CPU time against wall time,
//     on the main thread (parse, style, layout, paint, scripts) and in the raster workers;
//   - switching the language on the timeline page (a reload into the other language's bundle);
//   - re-render after an action: choosing an answer, ticking a document once findings are shown
//     (time from the click to the next animation frame, DOM updated; median of 30);
//   - on Slow 4G as Lighthouse defines it (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, by the DevTools
//     protocol's network emulation; served with Brotli, and again gzipped only, as static hosts do): the start page's
//     paint against the two-line page's on the same network (target: within 1.5x), and the first question on screen
//     after navigating to /ru/ and pressing Start at once (target: within 1.5 s).
// Usage: node scripts/bench-browser.mjs   (make bench runs it after the release build)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The browser's own floor: a two-line static page, served the same way.
const floorDir = mkdtempSync(join(tmpdir(), 'ruqsat-floor-'));
writeFileSync(join(floorDir, 'index.html'), '<!doctype html><meta charset="utf-8"><h1>Ruqsat</h1><p>static text</p>');
const floorServer = spawn(process.execPath, ['e2e/serve.mjs', floorDir, '4198'], { stdio: 'ignore' });

const PORT = 4199;
const server = spawn(process.execPath, ['e2e/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
// The same build from a host that only gzips (for Slow 4G, beside the Brotli the first server sends).
const GZIP_PORT = 4197;
const gzipServer = spawn(process.execPath, ['e2e/serve.mjs', 'dist', String(GZIP_PORT), '--gzip'], { stdio: 'ignore' });
const gzipBase = `http://127.0.0.1:${GZIP_PORT}`;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
const median = (xs) => quantile(xs, 0.5);
// "median (quartiles)": the spread between loads is as telling as the median on a shared machine.
const spread = (xs) => `${median(xs).toFixed(0)} ms (${quantile(xs, 0.25).toFixed(0)}–${quantile(xs, 0.75).toFixed(0)})`;
const LOADS = 21;

try {
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  // The start page at each language's own address (painted from the HTML: it is rendered ahead of time), and from the
  // top page (/: which first sends the reader to their language's page, one more page load). Loads interleaved.
  const LANGS = ['kk', 'ru', 'en'];
  const paints = Object.fromEntries(LANGS.map((l) => [l, []]));
  const viaTop = [];
  for (let i = 0; i < LOADS; i++) {
    for (const lang of LANGS) {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      // When the app has started (Trunk's loader fires this once the wasm is instantiated and the app mounted).
      await page.addInitScript(() => {
        addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
      });
      await page.goto(`${base}/${lang}/`);
      await page.waitForFunction(() => window.__started !== undefined);
      paints[lang].push(await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? NaN,
        started: window.__started,
      })));
      if (lang === 'en') {
        // From the top page: wall clock from the navigation's start to the paint of the language's page.
        const t0 = Date.now();
        await page.goto(`${base}/`);
        await page.waitForURL(`${base}/en/`);
        await page.waitForFunction(() => window.__started !== undefined);
        viaTop.push(await page.evaluate(
          (t0) => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN) - t0,
          t0,
        ));
      }
      await context.close();
    }
  }

  const floor = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('http://127.0.0.1:4198/');
    await page.waitForTimeout(100);
    floor.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }

  // What the paint is made of. A trace of the load (light categories: it costs the traced loads ~10 ms); summed over
  // the renderer's events between the navigation and the first contentful paint: CPU time (`tdur`, the thread's own
  // time) against wall time (`dur`, which also counts waiting for a core or for the browser process's answers).
  const MAIN = /^(ParseHTML|UpdateLayoutTree|Layout|PrePaint|Paint|EvaluateScript|FunctionCall|v8\.compileModule|HTMLDocumentParser::NotifyScriptLoaded)$/;
  const made = [];
  const traceFile = join(floorDir, 'trace.json');
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await browser.startTracing(page, { path: traceFile, categories: ['cc', 'blink', 'loading', 'devtools.timeline', 'blink.user_timing'] });
    await page.goto(`${base}/ru/`);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
    await browser.stopTracing();
    await context.close();
    const events = JSON.parse(readFileSync(traceFile, 'utf8')).traceEvents;
    const nav = events.filter((e) => e.name === 'navigationStart' && JSON.stringify(e.args).includes(`${PORT}/ru/`)).pop();
    if (!nav) continue;
    const mainThread = events.find((e) => e.name === 'thread_name' && e.pid === nav.pid && e.args.name === 'CrRendererMain')?.tid;
    const before = events.filter((e) => e.ph === 'X' && e.pid === nav.pid && e.ts >= nav.ts && e.ts < nav.ts + fcp * 1000);
    const sum = (xs, key) => xs.reduce((a, e) => a + (e[key] ?? 0) / 1000, 0);
    // Only the outermost of these (a script run inside the parser, a forced layout inside a script: counted once).
    let until = -Infinity;
    const main = before.filter((e) => e.tid === mainThread && MAIN.test(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur)
      .filter((e) => (e.ts >= until ? ((until = e.ts + e.dur), true) : false));
    const raster = before.filter((e) => e.name === 'RasterTask');
    made.push({ fcp, mainCpu: sum(main, 'tdur'), mainWall: sum(main, 'dur'), rasterCpu: sum(raster, 'tdur'), rasterWall: sum(raster, 'dur') });
  }

  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const timeline = '/en/?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50';
  await page.goto(`${base}${timeline}`);
  await page.locator('.timeline__step').first().waitFor();
  // One bundle per language: a switch loads the other bundle (a reload). Timed from the click to the heading in the
  // new language, as the person sees it (wall clock, so it includes the automation's own round trips).
  const switches = [];
  for (let i = 0; i < 10; i++) {
    const [lang, heading] = i % 2 ? ['en', 'Expected timeline'] : ['ru', 'Ожидаемые сроки'];
    const t0 = Date.now();
    await page.locator(`a[data-lang="${lang}"]`).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.timeline__step').first().waitFor();
    switches.push(Date.now() - t0);
  }
  // Ticking "I have it" on the documents page: the findings are computed again by the core on every change.
  await page.goto(`${base}/en/?page=documents&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50`);
  await page.locator('input[type=checkbox]').first().waitFor();
  await page.getByRole('button', { name: /Check my documents|Проверить документы/ }).click();
  const ticks = [];
  for (let i = 0; i < 30; i++) {
    ticks.push(await page.evaluate(async () => {
      const box = document.querySelector('.task-list--documents input[type=checkbox]');
      const t0 = performance.now();
      box.click();
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    }));
  }
  await page.goto(`${base}/en/?page=need&who=employer&edition=zhambyl-2017`);
  await page.locator('input[type=radio]').first().waitFor();
  const answers = [];
  for (let i = 0; i < 30; i++) {
    answers.push(await page.evaluate(async (i) => {
      const radios = document.querySelectorAll('input[type=radio]');
      const t0 = performance.now();
      radios[i % radios.length].click();
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    }, i));
  }
  // Slow 4G (Lighthouse's throttling: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), applied to each new page
  // through the DevTools protocol, on a fresh context each time (no cache).
  const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
  const slowPage = async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    return { context, p };
  };
  const SLOW_LOADS = 7;
  const slowFloor = [];
  // Per encoding the host sends: the start page's paint, and the first question on screen with Start pressed at once.
  const slow = { br: { start: [], question: [] }, gzip: { start: [], question: [] } };
  for (let i = 0; i < SLOW_LOADS; i++) {
    {
      const { context, p } = await slowPage();
      await p.goto('http://127.0.0.1:4198/');
      await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      slowFloor.push(await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
      await context.close();
    }
    for (const [encoding, at] of [['br', base], ['gzip', gzipBase]]) {
      {
        const { context, p } = await slowPage();
        await p.goto(`${at}/ru/`);
        await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        slow[encoding].start.push(await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
        await context.close();
      }
      {
        // Start pressed as soon as the button is there (the page is rendered ahead of time, so before the app runs),
        // then the first question's heading on screen; wall clock from the navigation's start.
        const { context, p } = await slowPage();
        const t0 = Date.now();
        await p.goto(`${at}/ru/`, { waitUntil: 'commit' });
        await p.locator('[data-action="start"]').click();
        await p.getByRole('heading', { level: 1, name: 'Кто вы?' }).waitFor();
        slow[encoding].question.push(Date.now() - t0);
        await context.close();
      }
    }
  }
  await browser.close();
  console.log('ruqsat browser benchmarks (release build, headless Chromium, loopback)');
  for (const lang of LANGS) {
    const p = paints[lang];
    console.log(`  start page first contentful paint   ${spread(p.map((x) => x.fcp))} after navigation to /${lang}/ (median (quartiles) of ${LOADS})` +
      `; .wasm arrived ${median(p.map((x) => x.wasm)).toFixed(0)} ms, app started ${median(p.map((x) => x.started)).toFixed(0)} ms`);
  }
  console.log(`    from the top page / to /en/ (one more load) ${spread(viaTop)} (wall clock)`);
  console.log(`  a static two-line page (the floor)  ${spread(floor)} first contentful paint`);
  if (made.length) {
    const m = (k) => median(made.map((x) => x[k])).toFixed(0);
    console.log(`  before the paint of /ru/ (traced)   main thread ${m('mainCpu')} ms CPU in ${m('mainWall')} ms wall, raster ${m('rasterCpu')} ms CPU in ${m('rasterWall')} ms wall; paint at ${m('fcp')} ms (medians of ${made.length})`);
  }
  console.log(`  language switch on the timeline     ${median(switches).toFixed(0)} ms from the click to the timeline in the other language (loads its bundle; median of 10)`);
  console.log(`  ticking a document (findings shown) ${median(ticks).toFixed(1)} ms to the next frame (median of 30)`);
  console.log(`  choosing an answer                  ${median(answers).toFixed(1)} ms to the next frame (median of 30)`);
  console.log(`On Slow 4G (150 ms round trip, 1.6 Mbit/s down; medians (quartiles) of ${SLOW_LOADS} fresh loads each; the two-line page ${spread(slowFloor)})`);
  for (const [encoding, words] of [['br', 'served with Brotli (as Cloudflare, Netlify, Vercel)'], ['gzip', 'served gzipped (a host that only gzips)']]) {
    const m = slow[encoding];
    console.log(`  ${words}`);
    console.log(`    start page /ru/ first contentful paint ${spread(m.start)}; ratio to the two-line page ${(median(m.start) / median(slowFloor)).toFixed(2)} (target 1.5)`);
    console.log(`    first question on screen, Start pressed at once ${spread(m.question)} after navigation (target 1500 ms)`);
  }
} finally {
  server.kill();
  gzipServer.kill();
  floorServer.kill();
}
