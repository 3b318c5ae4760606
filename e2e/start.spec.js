// The start page, as a person sees it, in the release build.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { storageOff } from './cases-helpers.js';

// Every request must stay on the page's own host: no CDN, no fonts, no analytics.
test.beforeEach(async ({ page, baseURL }) => {
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:')) throw new Error(`request to another host: ${url}`);
  });
});

test('the start page says what Ruqsat does and which regulations it encodes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A permit to attract foreign labour: which service, which documents, when',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Ruqsat — permits to attract foreign labour');
  const a = page.locator('[data-edition="west-kazakhstan-2014"]');
  await expect(a).toContainText('Edition A: West Kazakhstan oblast, 2014');
  await expect(a).toContainText('No. 176');
  await expect(a).toContainText('1 July 2014');
  await expect(a.locator('.lost-force')).toContainText('by resolution No. 222 of 18 August 2015');
  const b = page.locator('[data-edition="zhambyl-2017"]');
  await expect(b).toContainText('Edition B: Zhambyl oblast, 2017');
  await expect(b).toContainText('17 April 2017, No. 3388');
  await expect(b.locator('.lost-force')).toContainText('by resolution No. 73 of 19 March 2021');
  await expect(page.getByText('Both regulations have since lost force.')).toBeVisible();
  await expect(page.getByText('Nothing you enter or attach is sent anywhere')).toBeVisible();
});

test('Russian, chosen once, survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Разрешение на привлечение иностранной рабочей силы: какая услуга, какие документы, когда',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Разрешение на привлечение/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-edition="zhambyl-2017"]')).toContainText('13 марта 2017 г.');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Ruqsat: какая услуга/);
});

test('Kazakh is offered and written in Kazakh', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Шетелдік жұмыс күшін тартуға рұқсат/);
  await expect(page.locator('[data-edition="west-kazakhstan-2014"]')).toContainText('2014 жылғы 1 шілде');
});

test('the language switch and the skip link work from the keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Ruqsat/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Your cases' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Қазақша' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The Russian page opens with focus where the reader left it: on the language switch, now on Russian.
  await expect(page.getByRole('link', { name: 'Русский' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
});

test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('only the reader\'s language is fetched, and switching fetches the other', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/')[1]); });
  await page.goto('/?page=who');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
  expect(wasm).toEqual(['en']);
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сіз кімсіз?');
  expect(wasm).toEqual(['en', 'kk']);
  expect(new URL(page.url()).search).toBe('?page=who');
});

test('with storage switched off, the language still switches (it is in the address)', async ({ page }) => {
  await storageOff(page);
  await page.goto('/?page=who');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кто вы?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  expect(new URL(page.url()).pathname).toBe('/ru/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кто вы?');
});

const HEADINGS = {
  kk: /^Шетелдік жұмыс күшін тартуға рұқсат/,
  ru: /^Разрешение на привлечение иностранной рабочей силы/,
  en: /^A permit to attract foreign labour/,
};

test('the start page is in each language\'s page itself, readable before the wasm arrives', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  for (const [lang, heading] of Object.entries(HEADINGS)) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('[data-edition]')).toHaveCount(2);
    const russian = page.getByRole('link', { name: 'Русский' });
    if (lang === 'ru') await expect(russian).toHaveAttribute('aria-current', 'true');
    else await expect(russian).not.toHaveAttribute('aria-current');
  }
  // Its start button works when the app could not start: the form asks for the first question's address.
  await expect(page.locator('#app-failed')).toBeVisible();
  await page.getByRole('button', { name: /Start now/ }).click();
  await expect(page).toHaveURL(/\/en\/\?page=who$/);
  await page.unroute('**/*.wasm');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
});

test('the app takes over the start page it was sent, word for word, and its start button works', async ({ page }) => {
  const sent = {};
  await page.route('**/*.wasm', (route) => route.abort());
  for (const lang of Object.keys(HEADINGS)) {
    await page.goto(`/${lang}/`);
    sent[lang] = await page.locator('#app').innerText();
  }
  await page.unroute('**/*.wasm');
  for (const [lang, heading] of Object.entries(HEADINGS)) {
    await page.goto(`/${lang}/`);
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await page.locator('#app').innerText()).toBe(sent[lang]);
  }
  // In English now: start, then back to the start page (the app shows the markup it took over), and start again.
  await page.getByRole('button', { name: /Start now/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS.en);
  await page.getByRole('button', { name: /Start now/ }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
});

test('a link to a later page never shows the start page first', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/en/?page=who');
  await expect(page.locator('#app')).toBeHidden();
  await expect(page.locator('#app-failed')).toBeVisible();
  await page.unroute('**/*.wasm');
  await page.goto('/en/?page=who');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.locator('#app-failed')).toBeHidden();
});

test('the top page sends the reader to their language\'s page, with the answers', async ({ page }) => {
  await page.goto('/?page=who&lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кто вы?');
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/ru/?page=who');
  // The language chosen before wins over the browser's (en-US here).
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru\/$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS.en);
});

test('the language links work before the app has loaded, and carry the answers', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS.kk);
  // A start page opened with answers in its address passes them on, still without the app.
  await page.goto('/kk/?who=employer&edition=zhambyl-2017');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/\?who=employer&edition=zhambyl-2017$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS.ru);
  await page.unroute('**/*.wasm');
  // Once the app runs, each link names the other language's page with the current answers and the case they are
  // kept under on this device.
  await page.goto('/en/?page=need&who=employer&edition=zhambyl-2017');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need?');
  await expect(page.getByRole('link', { name: 'Русский' }))
    .toHaveAttribute('href', /^\.\.\/ru\/\?page=need&who=employer&edition=zhambyl-2017&case=[0-9a-z]+-[0-9a-z]+$/);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
});

test('Start pressed before the app runs is taken by the app when it starts, without loading the page again', async ({ page }) => {
  // The wasm held back for a second: the page is there (rendered ahead of time), the app is not yet.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/en/');
  await page.evaluate(() => { window.sameDocument = true; });
  await page.locator('[data-action="start"]').click();
  await page.waitForTimeout(300);
  // Not sent as a form: the address and the page are the same.
  expect(new URL(page.url()).search).toBe('');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you?');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  await expect(page).toHaveURL(/\?page=who$/);
});

test('a deep link with the app blocked says the app could not start, instead of a blank page', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/ru/?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-12-04T10:00');
  const note = page.locator('#app-failed');
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('role', 'alert');
  await expect(note).toContainText('Ruqsat не запустился в этом браузере');
  // The start page, rendered ahead of time, stays hidden: it is not the page the link asked for.
  await expect(page.locator('#app')).toBeHidden();
});

test('a panic shows the page that says the app stopped, with the case to save and a way to reload', async ({ page }) => {
  const CASE = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-12-04T10:00';
  await page.goto(`/en/?page=documents&${CASE}`);
  await page.getByLabel("The employer's BIN").fill('040540000123');
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The bundle's export for tests (src/bin/web.rs), called from a task of its own so the error reaches the page.
  await page.evaluate(() => setTimeout(() => window.wasmBindings.ruqsatTestPanic()));
  const note = page.locator('#app-stopped');
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('role', 'alert');
  await expect(note).toContainText('Ruqsat met an error of its own and stopped.');
  await expect(page.locator('#app')).toBeHidden();
  expect(errors.length).toBeGreaterThan(0);
  // The case as it stood, in the stored format (version 2), answers and documents.
  const [download] = await Promise.all([page.waitForEvent('download'), note.getByRole('link', { name: 'Save the case to a file' }).click()]);
  expect(download.suggestedFilename()).toBe('ruqsat-case.txt');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('ruqsat-case\t2\n')).toBe(true);
  expect(text).toContain(`\nanswers\t${CASE}\n`);
  expect(text).toContain('\nids\t040540000123\t');
  // Reloading brings the app back, at the same page.
  await note.getByRole('link', { name: 'Reload the page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
  await expect(page.locator('#app-stopped')).toBeHidden();
});
