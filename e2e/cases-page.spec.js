// "Your cases" (issue 13, parts 1, 3 and 5): the cases kept on this device, led by what is due next across them all
// under the device's clock in Almaty time (a test clock here), with open, rename, duplicate, delete and undo; an entry
// that cannot be read is reported, downloadable exactly as it is, and left alone; "Delete all my data". The dates are
// the seeds' as counted in crates/core/src/agenda.rs: handed in on Mon 4 Dec 2017, the notice is due by Fri 15 Dec;
// received on Fri 29 Dec, the fee proof is due by Tue 16 Jan 2018.
import { test, expect } from '@playwright/test';
import { B, HANDED_IN, keep, storageOff } from './cases-helpers.js';

const heading = (page) => page.getByRole('heading', { level: 1 });
// Wed 10 January 2018, 12:00 in Almaty (UTC+5).
const NOW = new Date('2018-01-10T07:00:00Z');
const BROKEN = 'ruqsat-case\t2\ncreated\tyesterday\n';

async function fill(form, day, month, year) {
  await form.getByLabel('Day', { exact: true }).fill(day);
  await form.getByLabel('Month', { exact: true }).fill(month);
  await form.getByLabel('Year', { exact: true }).fill(year);
  await form.getByRole('button', { name: 'Apply' }).click();
}

test('the agenda puts the late notice first, then orders the cases by their next deadline', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const later = await keep(page, `page=check&${B}&submitted=2018-02-01T10:00`);
  const fee = await keep(page, `page=check&${HANDED_IN}&notice=2017-12-29`);
  const late = await keep(page, `page=check&${HANDED_IN}`);
  const unfinished = await keep(page, 'page=edition&who=employer');
  await page.getByRole('link', { name: 'Your cases' }).click();
  await expect(page).toHaveURL(/\/en\/cases\/$/);
  await expect(heading(page)).toHaveText('Your cases');
  await expect(page.locator('[data-today]')).toHaveText('Wednesday 10 January 2018');
  const items = page.locator('[data-agenda] li');
  await expect(items).toHaveCount(3);
  expect(await items.evaluateAll((li) => li.map((l) => l.dataset.case))).toEqual([late, fee, later]);
  await expect(items.nth(0)).toContainText('Friday 15 December 2017');
  await expect(items.nth(0)).toContainText('Overdue');
  await expect(items.nth(0)).toContainText("The provider's notice, at the latest");
  await expect(items.nth(0)).toContainText("The provider's deadline has passed");
  // Each day with the clause that sets it, and its grade: the notice handed over (5.7), the fee proof (5.8).
  await expect(items.nth(0).locator('[data-basis]')).toHaveText(/^Source: Zhambyl resolution No\. 36 of 13 Mar 2017, regulation, clause 5, sub-clause 7 S\s*from the regulation itself$/);
  await expect(items.nth(1).locator('[data-basis]')).toContainText('clause 5, sub-clause 8');
  await expect(items.nth(2).locator('[data-basis]')).toHaveCount(0);
  await expect(page.locator(`.case-card[data-case="${fee}"] [data-next] [data-basis]`)).toContainText('clause 5, sub-clause 8');
  await expect(items.nth(1)).toContainText('Tuesday 16 January 2018');
  await expect(items.nth(1)).toContainText('Your step: ');
  await expect(items.nth(1)).not.toContainText('Overdue');
  await expect(items.nth(2)).toContainText('Thursday 1 February 2018');
  await expect(items.nth(2)).toContainText('Hand in the package');
  // The list holds all four, the unfinished one too, each with its stage.
  await expect(page.locator('.case-card[data-case]')).toHaveCount(4);
  await expect(page.locator(`[data-case="${unfinished}"] [data-stage]`)).toHaveText('Questions not finished yet');
  await expect(page.locator(`.case-card[data-case="${fee}"] [data-stage]`)).toHaveText('Notice received; your step is due');
  await expect(page.locator(`.case-card[data-case="${late}"] [data-stage]`)).toHaveText('Handed in; the notice is awaited');
  await expect(page.locator(`.case-card[data-case="${later}"] [data-stage]`)).toHaveText('Preparing the package');
  // The same clock a week later: the fee proof is overdue too, and still after the late notice.
  await page.clock.setFixedTime(new Date('2018-01-17T07:00:00Z'));
  await page.reload();
  await expect(page.locator('[data-agenda] li.agenda__item--overdue')).toHaveCount(2);
  expect(await items.evaluateAll((li) => li.map((l) => l.dataset.case))).toEqual([late, fee, later]);
});

test('the notice date recorded on the timeline moves the case on the agenda', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const id = await keep(page, `page=timeline&${HANDED_IN}`);
  await page.goto('/en/cases/');
  const item = page.locator(`[data-agenda] li[data-case="${id}"]`);
  await expect(item).toContainText("The provider's notice, at the latest");
  // Open it from the agenda: its timeline. Record the notice received on 29 December.
  await item.getByRole('link').click();
  await expect(heading(page)).toHaveText('Expected timeline');
  await fill(page.locator('[data-date-form="notice"]'), '29', '12', '2017');
  await expect(page).toHaveURL(/notice=2017-12-29/);
  await page.getByRole('link', { name: 'Your cases' }).click();
  await expect(item).toContainText('Tuesday 16 January 2018');
  await expect(item).toContainText('Your step: ');
  await expect(page.locator(`.case-card[data-case="${id}"] [data-stage]`)).toHaveText('Notice received; your step is due');
  // The step done on 9 January: the permit is awaited.
  await item.getByRole('link').click();
  await fill(page.locator('[data-date-form="done"]'), '9', '1', '2018');
  await expect(page).toHaveURL(/done=2018-01-09/);
  await page.getByRole('link', { name: 'Your cases' }).click();
  await expect(item).toContainText('The permit (or the refusal), at the latest');
  await expect(page.locator(`.case-card[data-case="${id}"] [data-stage]`)).toHaveText('Your step done; the permit is awaited');
});

test('an entry that cannot be read is reported, downloadable as it is, and left alone', async ({ page }) => {
  const id = await keep(page, `page=check&${HANDED_IN}`);
  await page.evaluate((text) => localStorage.setItem('ruqsat.case.broken-1', text), BROKEN);
  await page.goto('/en/cases/');
  const entry = page.locator('[data-unreadable="broken-1"]');
  await expect(entry).toContainText('The line that cannot be read: 2.');
  const href = await entry.getByRole('link', { name: 'Download it as it is' }).getAttribute('href');
  expect(decodeURIComponent(href.replace(/^data:text\/plain;charset=utf-8,/, ''))).toBe(BROKEN);
  // The rest work: the readable case is listed and opens, and a change to it is kept.
  await page.locator(`.case-card[data-case="${id}"]`).getByRole('link', { name: /^Open/ }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the documents' }).click();
  await page.getByLabel("The employer's BIN").fill('040540000123');
  await page.goto('/en/cases/');
  await expect(page.locator(`.case-card[data-case="${id}"]`)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ruqsat.case.broken-1'))).toBe(BROKEN);
});

test('a case is renamed, duplicated, deleted and brought back; then all data is deleted', async ({ page }) => {
  const id = await keep(page, `page=documents&${HANDED_IN}`);
  await page.getByLabel("The employer's BIN").fill('040540000123');
  await page.goto('/en/cases/');
  const card = page.locator(`.case-card[data-case="${id}"]`);
  await card.getByRole('button', { name: /^Rename/ }).click();
  await expect(card.getByLabel('Name of the case')).toBeFocused();
  await card.getByLabel('Name of the case').fill('Client Aigerim');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('heading')).toHaveText('Client Aigerim');
  // A copy holds the same documents under another id.
  await card.getByRole('button', { name: /^Duplicate/ }).click();
  const copy = page.locator('.case-card', { hasText: 'Client Aigerim (copy)' });
  await expect(copy).toHaveCount(1);
  const copyId = await copy.getAttribute('data-case');
  expect(copyId).not.toBe(id);
  // Delete the original, then undo: it comes back exactly as it was.
  const before = await page.evaluate((k) => localStorage.getItem(k), `ruqsat.case.${id}`);
  await card.getByRole('button', { name: /^Delete/ }).click();
  await expect(card).toHaveCount(0);
  await expect(page.locator('[data-deleted]')).toContainText('Deleted: Client Aigerim');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toHaveCount(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), `ruqsat.case.${id}`)).toBe(before);
  // The copy opens with the first case's number.
  await copy.getByRole('link', { name: /^Open/ }).click();
  await page.getByRole('button', { name: 'See the documents' }).click();
  await expect(page.getByLabel("The employer's BIN")).toHaveValue('040540000123');
  // Everything goes, after a second press.
  await page.goto('/en/cases/');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByRole('alert')).toContainText('Are you sure?');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('[data-cleared]')).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ruqsat.')))).toEqual([]);
});

test('the cases page speaks the language chosen, and says so when storage is off', async ({ page }) => {
  await keep(page, `page=check&${HANDED_IN}`);
  await page.goto('/en/cases/');
  await page.locator('a[data-lang="ru"]').click();
  await expect(page).toHaveURL(/\/ru\/cases\/$/);
  await expect(heading(page)).toHaveText('Ваши дела');
  await expect(page.locator('.case-card')).toHaveCount(1);
  await expect(page).toHaveTitle('Ваши дела — Ruqsat');
  // Storage disabled: the page says so, and lists nothing.
  await storageOff(page);
  await page.reload();
  await expect(page.locator('[data-storage="off"]')).toContainText('хранилище отключено');
  // Nothing is kept, so there is nothing to delete.
  await expect(page.locator('[data-delete-all]')).toHaveCount(0);
});
