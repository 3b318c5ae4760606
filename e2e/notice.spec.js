// Issue 12, section 3: the applicant's real dates. The notice actually received moves the applicant's own deadline
// and every later step; the summary lists the applicant's actions with their deadlines. Every date below was counted
// by hand in crates/core/tests/timeline.rs (edition_b_fee_proof_counts_from_the_notice_received,
// a_notice_received_late_says_the_provider_was_late) and crates/core/src/permits/filing.rs.
import { test, expect } from '@playwright/test';

// Edition B, an employer's first permit at the office, handed in on Monday 4 December 2017 at 10:00: the provider's
// latest day for the notice is Friday 15 December.
const B_CASE = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-12-04T10:00';

async function open(page, address) {
  await page.goto(address);
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function fill(form, day, month, year) {
  await form.getByLabel('Day', { exact: true }).fill(day);
  await form.getByLabel('Month', { exact: true }).fill(month);
  await form.getByLabel('Year', { exact: true }).fill(year);
  await form.getByRole('button', { name: 'Apply' }).click();
}

test('an employer enters the notice date and sees the fee deadline move', async ({ page }) => {
  await open(page, `/en/?page=timeline&${B_CASE}`);
  const mine = page.locator('.timeline__step--applicant');
  const deadline = mine.locator('.timeline__deadline');
  const notice = mine.locator('[data-date-form="notice"]');
  const done = mine.locator('[data-date-form="done"]');
  await expect(notice.getByRole('group', { name: 'When did you receive the notice?' })).toBeVisible();
  // Without the date: 10 working days after the latest notice (15 Dec), past Independence Day's days off and New Year.
  await expect(deadline).toContainText('Deadline: by Thursday 4 January 2018, within 10 working days of the notice');
  await expect(deadline).toContainText('Counted from the latest day the notice is due');
  await expect(deadline).toContainText('clause 5, sub-clause 8');
  await expect(deadline).toContainText('the order of the steps');

  // Received early, on 7 December: due Monday 25 December.
  await fill(notice, '7', '12', '2017');
  await expect(notice.getByRole('status')).toHaveText('The notice date is applied: your deadline and the steps after it follow from it.');
  await expect(deadline).toContainText('Deadline: by Monday 25 December 2017, within 10 working days of the notice');
  await expect(deadline).toContainText('Counted from the day you received the notice: Thursday 7 December 2017');
  await expect(page.locator('.timeline__step').nth(10)).toContainText('Wednesday 27 December 2017, 18:30');
  await expect(page).toHaveURL(/notice=2017-12-07/);
  await expect(page.locator('[data-warning="provider-late"]')).toHaveCount(0);

  // Received late, on 29 December: due Tuesday 16 January 2018, and the provider was late.
  await fill(notice, '29', '12', '2017');
  await expect(deadline).toContainText('Deadline: by Tuesday 16 January 2018, within 10 working days of the notice');
  await expect(page.locator('.timeline__step').nth(10)).toContainText('Thursday 18 January 2018, 18:30');
  const late = page.locator('[data-warning="provider-late"]');
  await expect(late).toContainText('the provider was late');
  await expect(late).toContainText('This regulation sets no appeal procedure of its own.');

  // Before the package was registered: an error beside the field; the date applied before stays.
  await fill(notice, '1', '12', '2017');
  await expect(notice.locator('.error-message')).toContainText('The notice cannot come before the package is registered');
  await expect(notice.getByRole('group')).toHaveAttribute('aria-describedby', /notice-error/);
  await expect(notice.getByLabel('Day', { exact: true })).toBeFocused();
  await expect(deadline).toContainText('by Tuesday 16 January 2018');

  // A plan after the deadline: kept, an error beside the field, and the deadline still in view.
  await fill(done, '17', '1', '2018');
  await expect(done.locator('.error-message')).toContainText('This date is after your deadline');
  await expect(deadline).toBeVisible();
  await expect(deadline).toContainText('by Tuesday 16 January 2018');
  await expect(page).toHaveURL(/done=2018-01-17/);
});

test("a notice received late under Edition A names the appeal and its clause", async ({ page }) => {
  // Handed in on Monday 1 September 2014; the provider's latest day for the notice is Friday 3 October.
  await open(page, '/en/?page=timeline&who=employer&edition=west-kazakhstan-2014&need=first&channel=office&category=3&submitted=2014-09-01T10:00&notice=2014-10-13');
  const late = page.locator('[data-warning="provider-late"]');
  await expect(late).toContainText('the provider was late');
  await expect(late).toContainText("You may appeal against the provider's decisions, actions or inaction");
  await expect(late).toContainText('clause 13');
  await expect(page.locator('.timeline__deadline')).toContainText('by Monday 10 November 2014, within 20 working days of the notice');
});

test("the summary lists the applicant's actions with their deadlines", async ({ page }) => {
  await open(page, `/en/?page=summary&${B_CASE}&notice=2017-12-29&done=2018-01-10`);
  const actions = page.locator('[data-actions]');
  await expect(actions.getByRole('heading', { level: 2 })).toHaveText('Your actions and their deadlines');
  await expect(actions.locator('[data-action="hand-in"]')).toHaveText('Hand in the package: Monday 4 December 2017, 10:00');
  const fee = actions.locator('[data-action="applicant-step"]');
  await expect(fee).toContainText('Hands in copies of the documents proving the permit fee was paid');
  await expect(fee).toContainText('Deadline: by Tuesday 16 January 2018, within 10 working days of the notice');
  await expect(fee).toContainText('You plan it on: Wednesday 10 January 2018');
  await expect(fee.locator('.error-message')).toHaveCount(0);
});

test('an extension says when to file and whether the end comes before the expiry', async ({ page }) => {
  // Edition B, an extension handed in on Wednesday 2 May 2018: the steps end on Tuesday 29 May 2018.
  await open(page, '/en/?page=timeline&who=employer&edition=zhambyl-2017&need=runs-out&channel=office&category=3&extended=0&submitted=2018-05-02T10:00&expires=2018-06-15');
  const filing = page.locator('[data-filing]');
  // 30 calendar days before 15 June 2018 (before 2020: no earliest day).
  await expect(filing).toContainText('File no later than: Wednesday 16 May 2018');
  await expect(filing).toContainText('lwp.kz');
  await expect(filing).toContainText('The expected end falls before the permit expires.');
  const expires = page.locator('[data-date-form="expires"]');
  await fill(expires, '20', '5', '2018');
  await expect(filing).toContainText('File no later than: Friday 20 April 2018');
  await expect(filing).toContainText('The planned submission date is outside the filing window.');
  await expect(filing).toContainText('The expected end falls after the permit expires: file earlier.');
  await expect(filing.locator('[data-file-by-working-day]')).toHaveCount(0);
  // 30 days before Monday 8 April 2019 is Saturday 9 March, a day off, and Friday 8 March is a holiday: at the office,
  // Thursday 7 March 2019 is the last working day (Ruqsat's reading).
  await fill(expires, '8', '4', '2019');
  await expect(filing).toContainText('File no later than: Saturday 9 March 2019');
  await expect(filing.locator('[data-file-by-working-day="2019-03-07"]')).toContainText(
    "That day is a day off. The last working day to hand in at the office (Ruqsat's reading: the source counts calendar days): Thursday 7 March 2019");
});
