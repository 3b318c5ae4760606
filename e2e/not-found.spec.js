// An address that is no page of Ruqsat: the not-found page, in the language of the address, in one navigation, with
// a link to the start; never a redirect, so never a loop. Two kinds of host: one that answers with 404.html (the
// first server, as static hosts do) and one that answers with the top page (the second, as single-page-app hosts do;
// playwright.config.js).
import { test, expect } from '@playwright/test';

const FALLBACK = `http://127.0.0.1:${Number(process.env.E2E_PORT || 4173) + 1}`;
const NOT_FOUND = {
  kk: { heading: 'Бет табылмады', link: 'Бастапқы бетке өту', start: /^Шетелдік жұмыс күшін тартуға рұқсат/ },
  ru: { heading: 'Страница не найдена', link: 'Перейти на начальную страницу', start: /^Разрешение на привлечение/ },
  en: { heading: 'Page not found', link: 'Go to the start page', start: /^A permit to attract foreign labour/ },
};

// Opens `address` and returns the main frame's navigations (there must be one) and the response's status.
async function open(page, address) {
  const navigations = [];
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations.push(frame.url()); });
  const response = await page.goto(address);
  await page.waitForLoadState('networkidle');
  return { navigations, status: response.status() };
}

async function expectNotFound(page, lang, address) {
  const words = NOT_FOUND[lang];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
  // Only the reader's language is shown, and the page says which it is.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page).toHaveTitle(`${words.heading} — Ruqsat`);
  await expect(page.getByRole('link', { name: words.link })).toHaveAttribute('href', `/${lang}/`);
  expect(page.url()).toBe(address);
}

for (const [host, base] of [['a host that answers with 404.html', ''], ['a host that answers with the top page', FALLBACK]]) {
  test(`on ${host}, /ru/nonexistent is not found, in Russian, in one navigation`, async ({ page, baseURL }) => {
    const address = `${base || baseURL}/ru/nonexistent`;
    const { navigations, status } = await open(page, address);
    expect(status).toBe(base ? 200 : 404);
    await expectNotFound(page, 'ru', address);
    expect(navigations).toEqual([address]);
    // Its link goes to the Russian start page.
    await page.getByRole('link', { name: NOT_FOUND.ru.link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND.ru.start);
    expect(new URL(page.url()).pathname).toBe('/ru/');
  });

  test(`on ${host}, an address of no language is not found in the reader's language`, async ({ page, baseURL }) => {
    // The browser asks for English (playwright.config.js: en-US).
    const xx = `${base || baseURL}/xx/`;
    const first = await open(page, xx);
    await expectNotFound(page, 'en', xx);
    expect(first.navigations).toEqual([xx]);
    // Once Kazakh was chosen, in Kazakh; an address deep in a language's folder, in that language.
    await page.evaluate(() => localStorage.setItem('ruqsat.lang', 'kk'));
    const again = `${base || baseURL}/xx/yy?page=who`;
    expect((await open(page, again)).navigations).toEqual([again]);
    await expectNotFound(page, 'kk', again);
    const deep = `${base || baseURL}/en/ru/kk/`;
    expect((await open(page, deep)).navigations).toEqual([deep]);
    await expectNotFound(page, 'en', deep);
  });
}

test('the top page still sends the reader on from a host that answers every address with it', async ({ page }) => {
  await page.goto(`${FALLBACK}/?page=who&lang=ru`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кто вы?');
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/ru/?page=who');
  await page.goto(`${FALLBACK}/index.html`);
  await expect(page).toHaveURL(`${FALLBACK}/ru/`);
});

test('a language folder without its final slash is sent on to it, once', async ({ page, baseURL }) => {
  const { navigations } = await open(page, `${baseURL}/kk?page=who`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сіз кімсіз?');
  expect(navigations).toEqual([`${baseURL}/kk/?page=who`]);
});

test('without scripts, the not-found page says so in all three languages, each with its link', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${baseURL}/ru/nonexistent`);
  expect(response.status()).toBe(404);
  for (const [lang, words] of Object.entries(NOT_FOUND)) {
    const section = page.locator(`section[lang="${lang}"]`);
    await expect(section.getByRole('heading', { level: 1 })).toHaveText(words.heading);
    await expect(section.getByRole('link', { name: words.link })).toHaveAttribute('href', `/${lang}/`);
  }
  await context.close();
});
