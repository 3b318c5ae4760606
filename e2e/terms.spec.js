// Issue 12, "terms": when terms start and end, both figures wherever one is shown, and the office hours as an
// assumption the user can change. Every date here was counted by hand in crates/core/tests/timeline.rs and
// crates/cli/tests/cli.rs from the seeds and the calendar.
import { test, expect } from '@playwright/test';

const heading = (page) => page.getByRole('heading', { level: 1 });
const A_ISSUE_1745 = 'who=employer&edition=west-kazakhstan-2014&need=first&channel=office&category=3&submitted=2014-09-02T17:45';

test('office hours changed on the timeline change the dates, and are kept in the URL', async ({ page }) => {
  await page.goto(`/?page=timeline&${A_ISSUE_1745}`);
  await expect(heading(page)).toHaveText('Expected timeline');
  // 17:45 is after the reception cut-off (17:30): counted from Wednesday's opening, and clause 4's 41 days with it.
  await expect(page.locator('.timeline__registered')).toContainText('Wednesday 3 September 2014, 09:00');
  const head = page.locator('[data-statutory]');
  await expect(head.locator('[data-basis="statutory-total"]')).toContainText('41 days → Thursday 30 October 2014, 18:30');
  const hours = page.locator('[data-office-hours]');
  // The hours say they are an assumption and what they rest on.
  await expect(hours).toContainText('Neither regulation states the provider\'s office hours');
  await expect(hours.locator('.grade--u')).toHaveCount(1);
  await hours.getByLabel('Documents received until').fill('18:00');
  await hours.getByRole('button', { name: 'Apply' }).click();
  await expect(hours.getByRole('status')).toHaveText('The hours are applied: the dates on this page follow them.');
  await expect(page.locator('.timeline__registered')).toContainText('Tuesday 2 September 2014, 17:45');
  await expect(head.locator('[data-basis="statutory-total"]')).toContainText('41 days → Wednesday 29 October 2014, 18:30');
  await expect(page).toHaveURL(/reception=18:00/);
  // Reloaded, the hours stay.
  await page.reload();
  await expect(page.locator('.timeline__registered')).toContainText('Tuesday 2 September 2014, 17:45');
  await expect(page.locator('[data-office-hours]').getByLabel('Documents received until')).toHaveValue('18:00');

  // Hours that do not fit: the error beside the field and in the summary, the dates unchanged.
  const form = page.locator('[data-office-hours]');
  await form.getByLabel('Documents received until').fill('19:00');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.locator('#hours-reception-error')).toContainText('Reception must end after opening, no later than closing');
  await expect(form.locator('.error-summary')).toContainText('Reception must end after opening');
  await expect(form.getByLabel('Documents received until')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.timeline__registered')).toContainText('Tuesday 2 September 2014, 17:45');
  // Back to the usual hours.
  await form.getByRole('button', { name: 'Use the usual hours' }).click();
  await expect(page.locator('.timeline__registered')).toContainText('Wednesday 3 September 2014, 09:00');
  await expect(page).not.toHaveURL(/reception=/);
});

test("the summary and the timeline's head show both of Edition A's figures, each with its basis", async ({ page }) => {
  // An employer's extension handed in on Tuesday 2 Sep 2014 at 10:00: clause 4's 8 working days end on Friday
  // 12 Sep; the steps (5 + 5 + 3 working days to the notice) on Friday 19 Sep.
  const answers = 'who=employer&edition=west-kazakhstan-2014&need=runs-out&channel=office&category=3&extended=0&submitted=2014-09-02T10:00';
  await page.goto(`/?page=summary&${answers}`);
  const ends = page.locator('[data-expected-ends]');
  await expect(ends.locator('[data-basis="statutory-total"]')).toContainText("By the regulation's total term (clause 4): 8 days → Friday 12 September 2014");
  await expect(ends.locator('[data-basis="statutory-total"]')).toContainText('clause 4, sub-clause 1');
  await expect(ends.locator('[data-basis="steps"]')).toContainText('If every step takes its whole limit: 13 days → Friday 19 September 2014');
  await page.goto(`/?page=timeline&${answers}`);
  const head = page.locator('[data-statutory]');
  await expect(head.locator('[data-basis="statutory-total"]')).toContainText('Friday 12 September 2014, 18:30');
  await expect(head.locator('[data-basis="steps"]')).toContainText('Friday 19 September 2014, 18:30');
});

test("a Friday-evening portal request under Edition B: the regulation's date, and the after-hours reading beside it", async ({ page }) => {
  await page.goto('/?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=portal&category=3&submitted=2017-09-15T20:00');
  const first = page.locator('.timeline__step').nth(0);
  // Clause 9.11: 7 calendar days from the moment sent — Friday 22 September, at the end of the day.
  await expect(first).toContainText('Friday 22 September 2017, 23:59');
  await expect(first.locator('[data-second-reading]')).toContainText('If a request sent after hours is taken on the next working day (an assumption): Monday 25 September 2017, 23:59');
  await expect(first.locator('[data-second-reading] .grade--u')).toHaveCount(1);
  const head = page.locator('[data-statutory]');
  await expect(head.locator('[data-basis="steps"]')).toContainText('Tuesday 10 October 2017, 18:30');
  await expect(head.locator('[data-basis="portal-next-working-day"]')).toContainText('Wednesday 11 October 2017, 18:30');
});

test('no page shows a bare rule number; each step says how it is counted', async ({ page }) => {
  for (const p of ['timeline', 'summary']) {
    await page.goto(`/?page=${p}&${A_ISSUE_1745}`);
    await expect(heading(page)).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text, p).not.toMatch(/\brule\s*\d/i);
  }
  await page.goto(`/?page=timeline&${A_ISSUE_1745}`);
  await expect(page.locator('.timeline__step').nth(2)).toContainText('Counted: working days from the day after the start, to the close of the last one');
  await expect(page.locator('.timeline__step').nth(0)).toContainText('Counted: office time counted; the break, nights and days off left out');
  // The counting rules name their basis and grade: the Law "On administrative procedures" (C).
  await page.getByText('How the dates are counted').click();
  await expect(page.locator('.details')).toContainText('On administrative procedures');
  await expect(page.locator('.details .grade--c').first()).toBeVisible();
});
