// The last stage of a case and the link that shares it (issue 13, parts 2 and 4), and the wasm blocked on the cases
// page (part 6). The seeds' dates as in cases-page.spec.js: handed in on Mon 4 Dec 2017, the notice received on
// Fri 29 Dec, the applicant's step done on Wed 10 Jan 2018; the result recorded on Tue 23 Jan 2018.
import { test, expect } from '@playwright/test';
import { B, HANDED_IN, keep, storageOff } from './cases-helpers.js';

const DONE = `${HANDED_IN}&notice=2017-12-29&done=2018-01-10`;
// Tue 23 January 2018, 12:00 in Almaty (UTC+5).
const NOW = new Date('2018-01-23T07:00:00Z');
const bin = (page) => page.getByLabel("The employer's BIN");

async function day(form, d, m, y) {
  await form.getByLabel('Day', { exact: true }).fill(d);
  await form.getByLabel('Month', { exact: true }).fill(m);
  await form.getByLabel('Year', { exact: true }).fill(y);
  await form.getByRole('button', { name: 'Save' }).click();
}

const stored = (page, id) => page.evaluate((k) => localStorage.getItem(k), `ruqsat.case.${id}`);

test('the result is recorded with its day, checked against the hand-in and today, and ends what is due', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const id = await keep(page, `page=check&${DONE}`);
  await page.goto('/en/cases/');
  const card = page.locator(`.case-card[data-case="${id}"]`);
  await expect(card.locator('[data-stage]')).toHaveText('Your step done; the permit is awaited');
  await expect(page.locator(`[data-agenda] li[data-case="${id}"]`)).toHaveCount(1);
  const toggle = card.getByRole('button', { name: /^Record the result/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const form = card.locator('[data-outcome-form]');
  // Opened, the cursor is at the choice; Escape closes the form and puts it back on the button.
  await expect(form.getByLabel('The permit was received')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await toggle.click();
  // The regulation's clause, with its grade.
  await expect(form).toContainText('The service\'s result is the permit or a reasoned refusal');
  await expect(form).toContainText('clause 3');
  // Nothing chosen: said at the choice, which gets the cursor.
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('.error-message').first()).toContainText('Choose what came of the application');
  await expect(form.getByLabel('The permit was received')).toBeFocused();
  // A day still to come, then one before the hand-in.
  await form.getByLabel('The permit was received').check();
  await day(form, '24', '1', '2018');
  await expect(form).toContainText('give a day no later than today');
  await expect(form.getByLabel('Day', { exact: true })).toBeFocused();
  // Before the last day recorded: here the applicant's step, done on 10 January.
  await day(form, '1', '12', '2017');
  await expect(form).toContainText('The result cannot come before your step was done, on Wednesday 10 January 2018.');
  await day(form, '9', '1', '2018');
  await expect(form).toContainText('The result cannot come before your step was done, on Wednesday 10 January 2018.');
  await day(form, '23', '1', '2018');
  await expect(form).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(card.locator('[data-stage]')).toHaveText('Permit received — Tuesday 23 January 2018');
  await expect(card.locator('[data-next]')).toHaveText('—');
  await expect(page.locator(`[data-agenda] li[data-case="${id}"]`)).toHaveCount(0);
  expect(await stored(page, id)).toContain('result=received:2018-01-23');
  // A change made in the journey keeps the result.
  await card.getByRole('link', { name: /^Open/ }).click();
  await page.getByRole('button', { name: 'See the documents' }).click();
  await bin(page).fill('040540000123');
  await page.goto('/en/cases/');
  expect(await stored(page, id)).toContain('result=received:2018-01-23');
  await expect(card.locator('[data-stage]')).toHaveText('Permit received — Tuesday 23 January 2018');
  // Refused instead, then the result taken away: the case is awaited again.
  await card.getByRole('button', { name: /^Record the result/ }).click();
  await expect(form.getByLabel('The permit was received')).toBeChecked();
  await form.getByLabel('It was refused (a reasoned refusal)').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(card.locator('[data-stage]')).toHaveText('Refused — Tuesday 23 January 2018');
  // Edition B sets no appeal procedure, and the sources name none: said so, graded U.
  await expect(card.locator('[data-refused]')).toContainText('This regulation sets no appeal procedure of its own.');
  await expect(card.locator('[data-refused]')).toContainText("Ruqsat's sources name no other route of appeal. Ask a lawyer.");
  await expect(card.locator('[data-refused] .grade--u')).toHaveCount(1);
  await card.getByRole('button', { name: /^Record the result/ }).click();
  await form.getByRole('button', { name: 'Remove the result' }).click();
  await expect(card.locator('[data-stage]')).toHaveText('Your step done; the permit is awaited');
  await expect(page.locator(`[data-agenda] li[data-case="${id}"]`)).toHaveCount(1);
  expect(await stored(page, id)).not.toContain('result=');
});

test('a case still being prepared has no result to record', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const id = await keep(page, `page=check&${B}&submitted=2018-02-01T10:00`);
  await page.goto('/en/cases/');
  const card = page.locator(`.case-card[data-case="${id}"]`);
  await expect(card.locator('[data-stage]')).toHaveText('Preparing the package');
  await expect(card.getByRole('button', { name: /^Record the result/ })).toHaveCount(0);
  // Nothing personal in it yet: ticked, the link is still the answers-only one, and says so.
  await card.getByRole('button', { name: /^Share a link/ }).click();
  await card.getByLabel('Put the personal data in the link too').check();
  await expect(card.locator('[data-link-says]')).toHaveText('This link contains no personal data.');
  expect(await card.getByLabel('The link', { exact: true }).inputValue()).not.toContain('#');
});

test('a shared link holds the answers only unless the personal data are chosen, and opens as a new case', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const id = await keep(page, `page=documents&${HANDED_IN}`);
  await bin(page).fill('040540000123');
  await page.goto('/en/cases/');
  const card = page.locator(`.case-card[data-case="${id}"]`);
  await card.getByRole('button', { name: /^Rename/ }).click();
  await card.getByLabel('Name of the case').fill('Client Aigerim');
  await card.getByRole('button', { name: 'Save' }).click();
  const original = await stored(page, id);

  const shareToggle = card.getByRole('button', { name: /^Share a link/ });
  await shareToggle.click();
  const share = card.locator('[data-share]');
  await expect(share.getByLabel('Put the personal data in the link too')).toBeFocused();
  await expect(share.locator('[data-link-says]')).toHaveText('This link contains no personal data.');
  const link = share.getByLabel('The link', { exact: true });
  const plain = await link.inputValue();
  expect(plain).toContain('submitted=2017-12-04T10:00');
  expect(plain).not.toContain('#');
  expect(plain).not.toContain('040540000123');
  expect(plain).not.toContain('Aigerim');
  expect(plain).not.toMatch(/[?&]case=/);
  await share.getByRole('button', { name: 'Copy the link' }).click();
  await expect(share.locator('[data-copied="true"]')).toHaveText('The link is copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);

  // With the personal data: the panel says so, and the link carries them after '#'.
  await share.getByLabel('Put the personal data in the link too').check();
  await expect(share.locator('[data-link-says]')).toHaveText('This link contains personal data.');
  await expect(share.locator('[data-copied]')).toHaveCount(0);
  const personal = await link.inputValue();
  // It leads to the cases page, which keeps it as a new case (the journey reads no fragment).
  expect(personal.startsWith(`${plain.replace('/en/?', '/en/cases/?')}#case=`)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(share).toHaveCount(0);
  await expect(shareToggle).toBeFocused();

  // The plain link opened here: a new case, this one untouched.
  await page.goto(plain);
  await expect(page).toHaveURL(/[?&]case=/);
  const fromPlain = new URL(page.url()).searchParams.get('case');
  expect(fromPlain).not.toBe(id);
  await page.goto(`/en/?page=documents&${HANDED_IN}&case=${fromPlain}`);
  await expect(bin(page)).toHaveValue('');
  expect(await stored(page, id)).toBe(original);
  await context.close();

  // The personal link on another device: a new case with the documents, named, and the address left bare.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const there = await other.newPage();
  await there.goto(personal);
  const notice = there.locator('[data-shared="kept"]');
  await expect(notice).toContainText('The case shared with you by link is now kept on this device as a new case: Client Aigerim.');
  expect(new URL(there.url()).pathname).toBe('/en/cases/');
  expect(new URL(there.url()).search + new URL(there.url()).hash).toBe('');
  await expect(there.locator('.case-card h3')).toHaveText(['Client Aigerim']);
  await expect(there.locator('.case-card [data-stage]')).toHaveText('Handed in; the notice is awaited');
  await notice.getByRole('link', { name: /^Open/ }).click();
  await there.getByRole('button', { name: 'See the documents' }).click();
  await expect(bin(there)).toHaveValue('040540000123');
  // A reload of the cases page makes no second copy, nor does the same link opened again.
  await there.goto('/en/cases/');
  await expect(there.locator('.case-card')).toHaveCount(1);
  await expect(there.locator('[data-shared]')).toHaveCount(0);
  await there.goto(personal);
  await expect(there.locator('[data-shared="already"]')).toContainText('The case in the link is already kept on this device: Client Aigerim.');
  await expect(there.locator('.case-card')).toHaveCount(1);

  // Broken, the personal data cannot be read: the answers are kept, and the page says so.
  await there.goto(`${personal.slice(0, personal.indexOf('#case=') + 6)}%ZZ`);
  await expect(there.locator('[data-shared="kept"]')).toContainText('only the answers were kept');
  await expect(there.locator('.case-card')).toHaveCount(2);
  await other.close();

  // Where the browser keeps nothing, the page says the personal data cannot be held and offers the answers.
  const off = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const offPage = await off.newPage();
  await storageOff(offPage);
  await offPage.goto(personal);
  const notKept = offPage.locator('[data-shared="not-kept"]');
  await expect(notKept).toContainText('This browser does not keep cases');
  await notKept.getByRole('link', { name: 'Open the answers' }).click();
  await expect(offPage).toHaveURL(/submitted=2017-12-04T10(:|%3A)00/);
  await off.close();
});

test('the cases page says so when its wasm cannot load', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto('/en/cases/');
  await expect(page.locator('#app-failed')).toBeVisible();
  await expect(page.locator('[data-while-loading]')).toBeHidden();
});
