// One case open in two tabs of the same browser: the journey in one, the cases page in the other (issue 13, part 5:
// storage that never loses work). Each page writes only its own part of the case (the journey: the answers and the
// documents; the cases page: the name and the result), so neither writes back what the other changed since it read
// the case; and a case deleted on the cases page is not made again by the journey's next change.
import { test, expect } from '@playwright/test';
import { HANDED_IN, keep } from './cases-helpers.js';

// Tue 23 January 2018, 12:00 in Almaty (UTC+5): the day the result is recorded.
const NOW = new Date('2018-01-23T07:00:00Z');
const stored = (page, id) => page.evaluate((k) => localStorage.getItem(k), `ruqsat.case.${id}`);

test('the journey and the cases page in two tabs keep each other\'s changes, and a deleted case stays deleted', async ({ context, page }) => {
  const id = await keep(page, `page=documents&${HANDED_IN}`);
  const bin = page.getByLabel("The employer's BIN");
  await bin.fill('040540000123');
  const cases = await context.newPage();
  await cases.clock.setFixedTime(NOW);
  await cases.goto('/en/cases/');
  const card = cases.locator(`.case-card[data-case="${id}"]`);
  // Named and its result recorded in the second tab, while the first still shows the case as it was.
  await card.getByRole('button', { name: /^Rename/ }).click();
  await card.getByLabel('Name of the case').fill('Client Aigerim');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('heading')).toHaveText('Client Aigerim');
  await card.getByRole('button', { name: /^Record the result/ }).click();
  const form = card.locator('[data-outcome-form]');
  await form.getByLabel('The permit was received').check();
  await form.getByLabel('Day', { exact: true }).fill('23');
  await form.getByLabel('Month', { exact: true }).fill('1');
  await form.getByLabel('Year', { exact: true }).fill('2018');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(card.locator('[data-stage]')).toHaveText('Permit received — Tuesday 23 January 2018');
  // A change in the first tab keeps the name and the result.
  await bin.fill('040540000999');
  await expect.poll(() => stored(page, id)).toContain('040540000999');
  const text = await stored(page, id);
  expect(text).toContain('name\tClient Aigerim');
  expect(text).toContain('result=received:2018-01-23');
  // Renamed again in the second tab, which still holds the first number: the new number stays.
  await card.getByRole('button', { name: /^Rename/ }).click();
  await card.getByLabel('Name of the case').fill('Client Aigerim, Taraz');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('heading')).toHaveText('Client Aigerim, Taraz');
  expect(await stored(page, id)).toContain('040540000999');
  await cases.reload();
  await expect(card.getByRole('heading')).toHaveText('Client Aigerim, Taraz');
  await expect(card.locator('[data-stage]')).toHaveText('Permit received — Tuesday 23 January 2018');
  // Deleted in the second tab: the first tab's next change does not bring it back.
  await card.getByRole('button', { name: /^Delete/ }).click();
  await expect(card).toHaveCount(0);
  await bin.fill('040540000123');
  // The change was seen (the text kept in the page for the note after a panic holds it), and not stored.
  await expect.poll(() => page.evaluate(() => window.ruqsatCase)).toContain('040540000123');
  expect(await stored(page, id)).toBeNull();
  await cases.reload();
  await expect(cases.locator('.case-card')).toHaveCount(0);
});
