// Automated accessibility checks with axe-core (its WCAG 2.0/2.1 A and AA rules and its best practices) of every kind
// of page in each language, in the states a person meets: a question with its error summary, the documents with
// findings shown, a result that is not eligible. A rule finds what markup can show (names, labels, contrast,
// landmarks, ids, languages); keyboard use and focus are walked in the other specs.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CASE = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50';

async function violations(page) {
  // Evaluated by the test, not put into the page as an inline script: the page's policy refuses those (csp.spec.js).
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

async function open(page, address) {
  await page.goto(address);
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

for (const lang of ['kk', 'ru', 'en']) {
  test(`no accessibility rule is broken on any page in ${lang}`, async ({ page }) => {
    const found = {};
    await open(page, `/${lang}/`);
    found.start = await violations(page);
    await open(page, `/${lang}/?page=who`);
    await page.locator('main form button[type=submit]').first().click();
    await expect(page.locator('.error-summary')).toBeVisible();
    found['question with its error'] = await violations(page);
    await open(page, `/${lang}/?page=submitted&who=worker&edition=west-kazakhstan-2014&need=first`);
    found['date question'] = await violations(page);
    await open(page, `/${lang}/?page=check&${CASE}`);
    found.check = await violations(page);
    await open(page, `/${lang}/?page=documents&${CASE}`);
    await page.locator('main .button-group .button').first().click();
    await expect(page.locator('.error-summary')).toBeVisible();
    found['documents with findings'] = await violations(page);
    await open(page, `/${lang}/?page=timeline&${CASE}`);
    found.timeline = await violations(page);
    await open(page, `/${lang}/?page=summary&${CASE}`);
    found.summary = await violations(page);
    await open(page, `/${lang}/?page=summary&who=employer&edition=west-kazakhstan-2014&need=transfer`);
    found['not eligible'] = await violations(page);
    // The cases page, with a case in each state it lists and one entry that cannot be read, a name being changed.
    await page.evaluate(() => localStorage.setItem('ruqsat.case.broken-1', 'ruqsat-case\t9\n'));
    await open(page, `/${lang}/cases/`);
    await page.locator('.case-card[data-case] button').first().click();
    await expect(page.locator('.case-card input')).toBeFocused();
    found.cases = await violations(page);
    // A case's result being recorded, with its errors; then its link to share, with the personal data ticked.
    const card = page.locator('.case-card', { has: page.locator('[data-action="outcome"]') }).first();
    await card.locator('[data-action="outcome"]').click();
    await card.locator('[data-outcome-form] button[type=submit]').click();
    await expect(card.locator('[data-outcome-form] .error-message')).toHaveCount(2);
    found['a result being recorded, with its errors'] = await violations(page);
    await card.locator('[data-action="share"]').click();
    await card.locator('[data-share] input[type=checkbox]').check();
    await expect(card.locator('[data-link-says]')).toBeVisible();
    found['a link to share'] = await violations(page);
    for (const [where, list] of Object.entries(found)) if (list.length) console.log(`${lang} ${where}:\n  ${list.join('\n  ')}`);
    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length))).toEqual({});
  });
}

// What the audit cannot see: the colours of focus. A focused control is painted yellow with dark text; where the app
// moves focus itself (the error summary, the new page's heading), the element is outlined and keeps its colours.
test('focus keeps text readable: dark on yellow for controls, an outline for the error summary', async ({ page }) => {
  await open(page, '/en/?page=who');
  const look = (selector) => page.locator(selector).first().evaluate((e) => {
    const s = getComputedStyle(e);
    return { color: s.color, background: s.backgroundColor, outline: s.outlineStyle };
  });
  const INK = 'rgb(11, 12, 12)';
  const YELLOW = 'rgb(255, 221, 0)';
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Your cases' })).toBeFocused();
  expect(await look('.site-header__cases')).toMatchObject({ color: INK, background: YELLOW });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Қазақша' })).toBeFocused();
  expect(await look('a[data-lang="kk"]')).toMatchObject({ color: INK, background: YELLOW });
  await page.locator('main form button[type=submit]').first().press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  expect(await look('.error-summary')).toMatchObject({ background: 'rgba(0, 0, 0, 0)', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect(await look('.error-summary a')).toMatchObject({ color: INK, background: YELLOW });
});
