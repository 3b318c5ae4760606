// Dates as a person types them (issue 12, section 7): a date that does not exist, one before the chosen regulation
// came into force and one past the calendar are refused at their fields, never a dead end; a passport that runs out
// before the permit is expected is a finding, not "ready".
import { test, expect } from '@playwright/test';

// Edition B, an employer's first permit for category 3 at the office, handed in Monday 4 September 2017 at 10:00.
// Counted by hand: the notice by Friday 15 September, the fee proof by Friday 29 September, the permit handed by the
// close of Tuesday 3 October 2017 (crates/core/tests/documents.rs, `dated_b`).
const CASE = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-09-04T10:00';
const heading = (page) => page.getByRole('heading', { level: 1 });

async function typeDate(scope, day, month, year) {
  await scope.getByLabel('Day', { exact: true }).fill(day);
  await scope.getByLabel('Month', { exact: true }).fill(month);
  await scope.getByLabel('Year', { exact: true }).fill(year);
}

test('the region question shows each regulation\'s period in force, with weekdays', async ({ page }) => {
  await page.goto('/?page=edition&who=employer');
  await expect(page.locator('main')).toContainText('In force from: not before Friday 28 April 2017; Lost force: not before Tuesday 30 March 2021.');
  await expect(page.locator('main')).toContainText('In force from: not before Friday 15 August 2014; Lost force: not before Saturday 29 August 2015.');
});

test('the date question refuses an impossible date, one before the regulation and one past the calendar, at the field', async ({ page }) => {
  await page.goto('/?page=submitted&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3');
  const question = 'When do you plan to hand in the documents?';
  await expect(heading(page)).toHaveText(question);
  await page.getByLabel('Time (HH:MM)').fill('10:00');
  const submit = () => page.getByRole('button', { name: 'Continue' }).click();
  const error = page.locator('#submitted-error');

  await typeDate(page, '31', '02', '2019');
  await submit();
  await expect(heading(page)).toHaveText(question);
  await expect(error).toContainText('Enter a real date');
  await expect(page.locator('#submitted-day')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.error-summary')).toContainText('Enter a real date');

  // Edition B came into force not before Friday 28 April 2017: 27 April is refused, beside the field.
  await typeDate(page, '27', '4', '2017');
  await submit();
  await expect(heading(page)).toHaveText(question);
  await expect(error).toContainText('the earliest is Friday 28 April 2017 (exact date not known)');
  await expect(page.locator('.error-summary')).toContainText('the earliest is Friday 28 April 2017');
  await page.locator('.error-summary a').first().click();
  await expect(page.locator('#submitted-day')).toBeFocused();

  await typeDate(page, '20', '9', '2099');
  await submit();
  await expect(heading(page)).toHaveText(question);
  await expect(error).toContainText("every later step must fall within Ruqsat's calendar, which ends on Friday 31 December 2027");

  await typeDate(page, '4', '9', '2017');
  await submit();
  await expect(heading(page)).toHaveText('Check your answers');
});

test('"I will do it on" refuses a date past the calendar at its field; a link with one is no dead end', async ({ page }) => {
  await page.goto(`/?page=timeline&${CASE}`);
  // The applicant's step holds two dates (the notice's and the applicant's own): this is the applicant's.
  const mine = page.locator('.timeline__step--applicant form:has(#done-day)');
  await typeDate(mine, '20', '9', '2099');
  await mine.getByRole('button', { name: 'Apply' }).click();
  await expect(mine.locator('#done-error')).toContainText('which ends on Friday 31 December 2027');
  await expect(mine.getByLabel('Day', { exact: true })).toBeFocused();
  await expect(page.locator('.timeline__step')).toHaveCount(11);
  // The same date from a link is set aside: the timeline is shown, and a new date can be given.
  await page.goto(`/?page=timeline&${CASE}&done=2099-09-20`);
  await expect(heading(page)).toHaveText('Expected timeline');
  await expect(page.locator('.timeline__step')).toHaveCount(11);
});

test('a validity date that does not exist is an error at its field, and a passport running out before the permit is a finding', async ({ page }) => {
  await page.goto(`/?page=documents&${CASE}`);
  const passport = page.locator('[data-requirement="b-general-issue-passport"]');
  await passport.getByLabel('I have it').check();
  await typeDate(passport, '31', '02', '2019');
  await expect(passport.locator('#doc-b-general-issue-passport-until-error')).toContainText('Enter a real date');
  await expect(passport.locator('.tag')).not.toHaveText('Ready');
  await page.getByRole('button', { name: 'Check my documents' }).click();
  await expect(page.locator('.error-summary')).toContainText('date does not exist');

  // Valid on the day of submission (4 September 2017), but not on 3 October, when the permit is expected.
  await typeDate(passport, '1', '10', '2017');
  await expect(passport.locator('.tag')).toHaveText('Problem');
  await expect(passport.locator('.error-message').first()).toContainText(
    'It expires before the permit is expected to be issued. (Valid until: 1 October 2017; The permit is expected by: 3 October 2017)');
  // The summary of the same case (a link without its case would open a new one).
  const id = new URL(page.url()).searchParams.get('case');
  await page.goto(`/?page=summary&${CASE}&case=${id}`);
  await expect(page.locator('[data-readiness]')).toHaveAttribute('data-readiness', 'not-ready');
  await expect(page.locator('[data-list="problems"]')).toContainText('It expires before the permit is expected to be issued.');
});

// Handed in Wed 29 Aug 2018: the notice's preparation runs over Constitution Day (Thu 30 Aug), a day off a decree
// moved (Fri 31 Aug, from Sat 25 Aug) and two weekends, and each day off says what it is (crates/core/src/calendar).
test('the days off that stretch a step each say what they are, a day moved by decree too', async ({ page }) => {
  await page.goto('/en/?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2018-08-29T10:00');
  const daysOff = page.locator('.timeline__days-off').first();
  await expect(daysOff).toContainText('Thursday 30 August 2018 — Constitution Day');
  await expect(daysOff).toContainText('Friday 31 August 2018 — a day off moved by Government decree');
  await expect(daysOff).toContainText('Saturday 1 September 2018;');
});
