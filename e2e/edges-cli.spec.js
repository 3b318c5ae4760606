// Issue 12, section 1 (edges-cli): office hours that would put a step past the calendar are refused at the hours
// form, not made the end of the journey; the date checks count with the answers' hours.
import { test, expect } from '@playwright/test';

const heading = (page) => page.getByRole('heading', { level: 1 });
// Edition A, a first permit of category 3 at the office, handed in at 10:00 on Wednesday 27 October 2027: its last
// step ends on Friday 31 December 2027, the calendar's last day (flow::tests::the_date_checks_count_with_the_answers_office_hours).
const A_LATE_2027 = 'who=employer&edition=west-kazakhstan-2014&need=first&channel=office&category=3&submitted=2027-10-27T10:00';

test('hours with which a step would fall past the calendar are refused at the reception field', async ({ page }) => {
  await page.goto(`/?page=timeline&${A_LATE_2027}`);
  await expect(heading(page)).toHaveText('Expected timeline');
  await expect(page.locator('.timeline__registered')).toContainText('Wednesday 27 October 2027, 10:00');
  const form = page.locator('[data-office-hours]');
  // Receiving only until 09:30, 10:00 would count from Thursday, and the last step would fall in 2028.
  await form.getByLabel('Documents received until').fill('09:30');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(form.locator('#hours-reception-error')).toContainText("past the end of Ruqsat's calendar");
  await expect(form.locator('#hours-reception')).toHaveAttribute('aria-invalid', 'true');
  // The journey stays on the timeline, with the usual hours and their dates.
  await expect(heading(page)).toHaveText('Expected timeline');
  await expect(page.locator('.timeline__registered')).toContainText('Wednesday 27 October 2027, 10:00');
  await expect(page).not.toHaveURL(/reception=/);
});
