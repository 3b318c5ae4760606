// The Content-Security-Policy of every page of the release build: scripts by hash only, never 'unsafe-inline', and
// the app still runs under it.
import { test, expect } from '@playwright/test';

const PAGES = {
  top: '/', kk: '/kk/', ru: '/ru/', en: '/en/', 'kk cases': '/kk/cases/', 'ru cases': '/ru/cases/', 'en cases': '/en/cases/',
  'not found': '/404.html',
};

// The policy a page's HTML carries, one directive per name.
async function policyOf(request, path) {
  const html = await (await request.get(path)).text();
  const meta = html.match(/<meta [^>]*http-equiv="?Content-Security-Policy"?[^>]*>/);
  expect(meta, `${path} has a Content-Security-Policy`).not.toBeNull();
  const content = meta[0].match(/content="([^"]*)"/)[1];
  return Object.fromEntries(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));
}

// Every inline script of a page's HTML, as the browser hashes it.
async function inlineScripts(request, path) {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`the ${name} page allows its inline scripts by their hashes and no other`, async ({ request }) => {
    const policy = await policyOf(request, path);
    const scripts = policy['script-src'];
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy['default-src']).toBeDefined();
    expect(policy['object-src'] || policy['default-src']).not.toContain('*');
    // Each inline script of the page is named by its hash, and nothing but those hashes, the page's own files and
    // the WebAssembly compile of the app's pages.
    const { createHash } = await import('node:crypto');
    const hashes = (await inlineScripts(request, path)).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(scripts).toContain(h);
    const app = path.startsWith('/kk/') || path.startsWith('/ru/') || path.startsWith('/en/');
    expect(scripts.filter((s) => !hashes.includes(s)).sort()).toEqual(app ? ["'self'", "'wasm-unsafe-eval'"] : []);
    expect(policy['style-src'].every((s) => s.startsWith("'sha256-"))).toBe(true);
  });
}

const FIRST_QUESTION = { kk: 'Сіз кімсіз?', ru: 'Кто вы?', en: 'Who are you?' };

for (const [lang, question] of Object.entries(FIRST_QUESTION)) {
  test(`under that policy the app runs in ${lang}: its start page works and a question is reached`, async ({ page }) => {
    const violations = [];
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) => { window.violations = [...(window.violations || []), e.violatedDirective]; });
    });
    page.on('console', (m) => { if (m.type() === 'error') violations.push(m.text()); });
    await page.goto(`/${lang}/`);
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.locator('[data-action="start"]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/\\?page=who$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
    await expect(page.getByRole('radio')).not.toHaveCount(0);
    expect(await page.evaluate(() => window.violations || [])).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('an inline script put into a page does not run, and the app still does', async ({ page }) => {
  // As if the page had been tampered with on its way: one more inline script in its body.
  await page.route('**/en/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.injected = true;</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/en/');
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
  // A script the page's own code adds at run time is refused too.
  const ran = await page.evaluate(() => new Promise((done) => {
    addEventListener('securitypolicyviolation', () => done(window.injectedLater === true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.injectedLater = true;';
    document.body.append(s);
  }));
  expect(ran).toBe(false);
  await page.getByRole('button', { name: /Start now/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
});

test('an inline script put into the top page does not run either', async ({ page }) => {
  await page.route(/\/\?page=who$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<script>', '<script>window.stop(); window.injected = true;</script><script>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/?page=who');
  // Its own script still runs: on to the reader's page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
  expect(new URL(page.url()).pathname).toBe('/en/');
});
