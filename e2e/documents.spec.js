// The documents page: the clause 9 checklist as a task list, checked on this device. The case is an employer's
// first permit under Edition B by the office, handed in on Monday 28 August 2017.
import { test, expect } from '@playwright/test';

const CASE = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50';
const heading = (page) => page.getByRole('heading', { level: 1 });
const item = (page, id) => page.locator(`[data-requirement="b-general-issue-${id}"]`);

test('the checklist as a task list: basis and grade, ticks, dates, a scan examined here, findings on request', async ({ page }) => {
  await page.goto(`/?page=check&${CASE}`);
  await page.getByRole('button', { name: 'See the documents' }).click();
  await expect(heading(page)).toHaveText('Documents');
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.task-list--documents > li')).toHaveCount(5);
  await expect(item(page, 'application')).toContainText('Zhambyl resolution No. 36 of 13 Mar 2017, regulation, clause 1; clause 6, sub-clause 1');
  await expect(item(page, 'application')).toContainText('from the regulation itself');
  await expect(item(page, 'education')).toContainText('official guidance');
  await expect(item(page, 'experience')).toContainText('Required if');
  await expect(item(page, 'fee-proof')).toContainText('after a positive notice');
  await expect(item(page, 'passport').locator('.tag')).toHaveText('Not started');
  // Each "More about it" is named after its document; the live region for "no problem found" is there, empty,
  // before any check (one added together with its message is often not read out).
  await expect(item(page, 'passport').locator('summary')).toHaveText("More about it: Copy of the worker's passport");
  await expect(page.locator('main').getByRole('status')).toHaveCount(1);
  await expect(page.locator('main').getByRole('status')).toHaveText('');

  // Nothing is said before the check: no error summary.
  await expect(page.locator('.error-summary')).toHaveCount(0);

  await item(page, 'application').getByLabel('I have it').check();
  await expect(item(page, 'application').locator('.tag')).toHaveText('Ready');
  const passport = item(page, 'passport');
  await passport.getByLabel('I have it').check();
  await passport.getByLabel('Day', { exact: true }).fill('1');
  await passport.getByLabel('Month', { exact: true }).fill('8');
  await passport.getByLabel('Year', { exact: true }).fill('2017');
  // Before the check nothing is said, but a passport that lacks something is not called ready.
  await expect(passport.locator('.tag')).toHaveText('In progress');
  // Its controls are a group named by the document, for screen readers.
  await expect(passport.getByRole('group', { name: /Copy of the worker's passport/ })).toBeVisible();
  // The scan is read by this page, never uploaded: a text file is not a PDF, JPEG or PNG by its bytes.
  const requests = [];
  page.on('request', (r) => requests.push(r.method()));
  await passport.locator('input[type=file]').setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf') });
  await expect(passport.locator('[data-file]')).toHaveText('Chosen file: 16 B — checked when you check your documents');
  expect(requests.filter((m) => m !== 'GET')).toEqual([]);

  await page.getByRole('button', { name: 'Check my documents' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Copies of the worker's education documents: Missing: it is handed in with the package.");
  await expect(summary).toContainText("Copy of the worker's passport: Expired before the day of submission. (Valid until: 1 August 2017)");
  await expect(summary).toContainText('The file is not a PDF, JPEG or PNG (checked by its content).');
  await expect(summary).toContainText("Information on the worker's work history: Missing; it is required if the condition holds.");
  await expect(passport.locator('.tag')).toHaveText('Problem');
  await expect(passport.locator('.error-message').first()).toContainText('Expired before the day of submission.');
  // Beside the document, each finding carries its rule's citation and grade; a file rule is ours and says so.
  const fileFinding = passport.locator('.error-message', { hasText: 'not a PDF, JPEG or PNG' });
  await expect(fileFinding).toContainText('Zhambyl resolution No. 36 of 13 Mar 2017, regulation, clause 9, sub-clause 5');
  // The clause asks for electronic copies; the file rule itself is an assumption, graded U (issue 12, section 4).
  await expect(fileFinding).toContainText('not known');
  await expect(fileFinding).not.toContainText('from the regulation itself');
  await expect(fileFinding).toContainText('Assumption: the regulations set no file type or size.');
  // Each error links to its field.
  await summary.getByRole('link', { name: /education documents/ }).click();
  await expect(page.locator('#doc-b-general-issue-education')).toBeFocused();
  // The fee proof is due after the notice: it is not missing yet.
  await expect(summary).not.toContainText('fee was paid');
});

test('the IIN and BIN are checked as typed, without nagging before they are complete', async ({ page }) => {
  await page.goto(`/?page=documents&${CASE}`);
  const bin = page.getByLabel("The employer's BIN");
  await bin.pressSequentially('04054');
  await expect(page.locator('#id-bin-error')).toHaveCount(0);
  await expect(bin).toHaveAttribute('aria-invalid', 'false');
  await bin.pressSequentially('0000124');
  await expect(page.locator('#id-bin-error')).toHaveText('The check digit does not match: the number has a typo.');
  await expect(bin).toHaveAttribute('aria-invalid', 'true');
  await bin.fill('040540000123');
  await expect(page.locator('#id-bin-error')).toHaveText('The check digit matches.');
  const iin = page.getByLabel("The worker's IIN (if one was assigned)");
  await iin.fill('9005a');
  await expect(page.locator('#id-iin-error')).toHaveText('Only digits are allowed: remove any letter, space or other sign.');
  await iin.fill('900515');
  await expect(page.locator('#id-iin-error')).toHaveCount(0);
  // Once a check is asked for, an incomplete number is reported, beside the field and in the summary.
  await page.getByRole('button', { name: 'Check my documents' }).click();
  await expect(page.locator('#id-iin-error')).toHaveText('The number has 12 digits.');
  await page.locator('.error-summary').getByRole('link', { name: /IIN is not valid/ }).click();
  await expect(iin).toBeFocused();
  // The IIN's birth date is compared with the passport's, once both are given.
  await iin.fill('900515300018');
  await expect(page.locator('#id-iin-error')).toHaveText('The check digit matches.');
  await page.locator('#id-born-day').fill('16');
  await page.locator('#id-born-month').fill('5');
  await page.locator('#id-born-year').fill('1990');
  const mismatch = page.locator('.error-summary').getByRole('link', { name: /birth date in the IIN differs from the passport/ });
  await mismatch.click();
  await expect(page.locator('#id-born-day')).toBeFocused();
  await page.locator('#id-born-day').fill('15');
  await expect(page.locator('.error-summary')).not.toContainText('birth date in the IIN differs');
});

test('what was said survives a reload and a language switch, and the summary says what is still missing', async ({ page }) => {
  await page.goto(`/?page=documents&${CASE}`);
  for (const id of ['application', 'passport']) await item(page, id).getByLabel('I have it').check();
  await page.getByLabel("The employer's BIN").fill('040540000123');
  await page.reload();
  await expect(item(page, 'passport').getByLabel('I have it')).toBeChecked();
  await expect(page.getByLabel("The employer's BIN")).toHaveValue('040540000123');

  await page.getByRole('button', { name: 'Summary' }).click();
  await expect(heading(page)).toHaveText('Summary');
  const readiness = page.locator('[data-readiness]');
  await expect(readiness).toHaveAttribute('data-readiness', 'not-ready');
  await expect(readiness.locator('h2')).toHaveText('Not ready to submit yet');
  await expect(readiness.locator('[data-list="missing"] li')).toHaveCount(2);
  await expect(readiness.locator('[data-list="missing"]')).toContainText("Copies of the worker's education documents");
  await expect(readiness.locator('[data-list="missing"]')).toContainText("Information on the worker's work history");

  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(heading(page)).toHaveText('Итог');
  await expect(page.locator('[data-readiness] [data-list="missing"] li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Посмотреть документы' }).click();
  // Every legal basis on the page is cited in Russian.
  await expect(item(page, 'application')).toContainText('постановление акимата Жамбылской области от 13 марта 2017 года № 36, регламент, пункт 1; пункт 6, подпункт 1)');
  await expect(page.locator('main')).not.toContainText(/clause|resolution|regulation|guidance/i);
  await item(page, 'education').getByRole('checkbox', { name: 'У меня есть' }).check();
  // The work history is required only if the post demands experience: the reader says it does not.
  await item(page, 'experience').getByRole('checkbox', { name: /документ не нужен/ }).check();
  await expect(item(page, 'experience').locator('.tag')).toHaveText('Не нужен');
  await page.getByRole('button', { name: 'Итог' }).click();
  await expect(page.locator('[data-readiness]')).toHaveAttribute('data-readiness', 'ready');
  await expect(page.locator('[data-readiness] h2')).toHaveText('Готово к подаче');
});

test("a second client's journey in the same tab starts with none of the first's numbers or ticks", async ({ page }) => {
  // The first client: a BIN and a tick.
  await page.goto(`/?page=documents&${CASE}`);
  await item(page, 'passport').getByLabel('I have it').check();
  await page.getByLabel("The employer's BIN").fill('040540000123');
  // A new journey from the top of the site (the brand's link), then the same kind of case for the second client.
  await page.getByRole('link', { name: /^Ruqsat/ }).click();
  await page.locator('[data-action="start"]').click();
  await expect(heading(page)).toHaveText('Who are you?');
  await page.goto(`/?page=documents&${CASE}`);
  await expect(page.getByLabel("The employer's BIN")).toHaveValue('');
  await expect(item(page, 'passport').getByLabel('I have it')).not.toBeChecked();
  // "Start again" on a result page drops them too.
  await page.getByLabel("The employer's BIN").fill('990440000001');
  await page.goto('/?page=summary&who=employer&edition=west-kazakhstan-2014&need=transfer');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.locator('[data-action="start"]').click();
  await page.goto(`/?page=documents&${CASE}`);
  await expect(page.getByLabel("The employer's BIN")).toHaveValue('');
});
