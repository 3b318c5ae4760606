// Cases kept on this device (issue 13): each case under its own id, its documents its own, offered again when
// Ruqsat is opened, and never lost without a word when the browser will not keep it.
import { test, expect } from '@playwright/test';

const heading = (page) => page.getByRole('heading', { level: 1 });
const CASE = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-12-04T10:00';
const bin = (page) => page.getByLabel("The employer's BIN");

test('a half-filled case is offered again after its page is closed, and goes on where it was', async ({ context }) => {
  let page = await context.newPage();
  await page.goto(`/en/?page=documents&${CASE}`);
  await bin(page).fill('040540000123');
  // The address names the case, so a reload finds it.
  await expect(page).toHaveURL(/[?&]case=[0-9a-z]+/);
  await page.close();

  page = await context.newPage();
  await page.goto('/en/');
  const offer = page.locator('[data-continue]');
  await expect(offer).toContainText('You have a case kept on this device');
  await expect(offer).toContainText('Issue of a permit');
  await offer.getByRole('button', { name: 'Continue this case' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the documents' }).click();
  await expect(heading(page)).toHaveText('Documents');
  await expect(bin(page)).toHaveValue('040540000123');
  // A reload keeps it too (the case is in the address and on the device).
  await page.reload();
  await expect(bin(page)).toHaveValue('040540000123');
});

test('two cases in one tab never share a field, and going back brings back the first case', async ({ page }) => {
  await page.goto(`/en/?page=documents&${CASE}`);
  await bin(page).fill('040540000123');
  await expect(page).toHaveURL(/case=/);
  const first = new URL(page.url()).searchParams.get('case');
  // A new case from the top of the site (the brand's link): the first is offered, and Start begins another.
  await page.getByRole('link', { name: /^Ruqsat/ }).click();
  await expect(page.locator('[data-continue]')).toBeVisible();
  await page.locator('[data-action="start"]').click();
  await expect(heading(page)).toHaveText('Who are you?');
  // A link without a case (as a shared one is) opens a new case: nothing of the first.
  await page.goto(`/en/?page=documents&${CASE}`);
  await expect(bin(page)).toHaveValue('');
  await bin(page).fill('990440000001');
  await expect(page).toHaveURL(/case=/);
  const second = new URL(page.url()).searchParams.get('case');
  expect(second).not.toBe(first);
  // The first case is as it was left.
  await page.goto(`/en/?page=documents&${CASE}&case=${first}`);
  await expect(bin(page)).toHaveValue('040540000123');
  // And the history's back button goes into the second case with its own number.
  await page.goBack();
  await expect(bin(page)).toHaveValue('990440000001');
});

test('with storage off the page says so once, keeps the work, and leaving it (a language switch) asks first', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`/en/?page=documents&${CASE}`);
  await bin(page).fill('040540000123');
  const notice = page.locator('[data-storage="off"]');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('does not let Ruqsat keep your case on this device');
  // Said once: another change does not say it again.
  await bin(page).fill('040540000124');
  await expect(notice).toHaveCount(1);
  // Leaving the page asks first, in the browser's own words. Declined: the page stays, with the number.
  page.once('dialog', (d) => {
    expect(d.type()).toBe('beforeunload');
    d.dismiss();
  });
  await page.locator('a[data-lang="ru"]').click();
  await expect(page).toHaveURL(/\/en\//);
  await expect(bin(page)).toHaveValue('040540000124');
  // Accepted: the switch goes ahead.
  page.once('dialog', (d) => d.accept());
  await page.locator('a[data-lang="ru"]').click();
  await expect(page).toHaveURL(/\/ru\//);
});
