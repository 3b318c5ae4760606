// The guided journey as a person walks it, in the release build. Every date asserted here was counted by hand in
// tests/timeline.rs from the seeds and the calendar.
import { test, expect } from '@playwright/test';

const heading = (page) => page.getByRole('heading', { level: 1 });

async function choose(page, question, option) {
  await expect(heading(page)).toHaveText(question);
  await page.getByLabel(option, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function enterDate(page, question, day, month, year, time) {
  await expect(heading(page)).toHaveText(question);
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Month', { exact: true }).fill(month);
  await page.getByLabel('Year', { exact: true }).fill(year);
  await page.getByLabel('Time (HH:MM)').fill(time);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function employerFirstPermitB(page) {
  await page.goto('/');
  await page.getByRole('button', { name: /Start now/ }).click();
  await choose(page, 'Who are you?', 'An employer');
  await choose(page, 'Which region and regulation?', 'Zhambyl oblast — 2017');
  await choose(page, 'What do you need?', 'A first permit');
  await choose(page, 'Where will you hand in the documents?', "At the provider's office");
  await choose(page, 'Which category is the worker?', '3 — specialists');
  await enterDate(page, 'When do you plan to hand in the documents?', '28', '8', '2017', '17:50');
}

test("an employer's first permit under Edition B, by the office", async ({ page }) => {
  await employerFirstPermitB(page);
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('.panel--service')).toContainText('Issue of a permit');
  // The check page names the weekday of the date it shows.
  await expect(page.locator('[data-answer="submitted"]')).toContainText('Monday 28 August 2017, 17:50');
  await page.getByRole('button', { name: 'See the timeline' }).click();
  await expect(heading(page)).toHaveText('Expected timeline');
  await expect(heading(page)).toBeFocused();
  const steps = page.locator('.timeline__step');
  await expect(steps).toHaveCount(11);
  // Handed in at 17:50, after the reception cut-off (17:30, an assumption): counted from Tuesday 09:00, and the page
  // says so and why.
  const moved = page.locator('[data-moved="after-reception"]');
  await expect(moved).toContainText('Handed in: Monday 28 August 2017, 17:50');
  await expect(moved).toContainText('after the reception of documents ends');
  await expect(moved).toContainText('The office hours are an assumption');
  await expect(page.locator('.timeline__registered')).toContainText('Tuesday 29 August 2017, 09:00');
  await expect(steps.nth(0)).toContainText('Tuesday 29 August 2017, 09:20');
  // The review's 7 working days skip Constitution Day (30 Aug) and Kurban Ait (1 Sep).
  await expect(steps.nth(4)).toContainText('Monday 11 September 2017, 18:30');
  await expect(steps.nth(4)).toContainText('Wednesday 30 August 2017 — Constitution Day');
  await expect(steps.nth(4)).toContainText('clause 5, sub-clause 5');
  await expect(steps.nth(7)).toContainText('Your step');
  await expect(steps.nth(7)).toContainText('Wednesday 27 September 2017, 18:30');
  await expect(steps.nth(10)).toContainText('Friday 29 September 2017, 18:30');
  await expect(page.getByText('from the regulation itself').first()).toBeVisible();

  // "I will do it on…" moves every later step.
  const mine = steps.nth(7).locator('[data-date-form="done"]');
  await mine.getByLabel('Day', { exact: true }).fill('20');
  await mine.getByLabel('Month', { exact: true }).fill('9');
  await mine.getByLabel('Year', { exact: true }).fill('2017');
  await mine.getByRole('button', { name: 'Apply' }).click();
  await expect(steps.nth(7)).toContainText('Wednesday 20 September 2017, 09:00');
  await expect(steps.nth(10)).toContainText('Thursday 21 September 2017, 18:30');
  // Said in a live region, as the dates change away from the button.
  await expect(mine.getByRole('status')).toHaveText("The later steps' dates are now counted from your date.");

  await page.getByRole('button', { name: 'Summary' }).click();
  await expect(heading(page)).toHaveText('Summary');
  await expect(page.locator('[data-result="ready"]')).toContainText('Thursday 21 September 2017');
});

test('an ICT extension under Edition B, by the portal', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start now/ }).click();
  await choose(page, 'Who are you?', 'A consultant acting for one of them');
  await choose(page, 'Who are you acting for?', 'An employer');
  await choose(page, 'Which region and regulation?', 'Zhambyl oblast — 2017');
  await choose(page, 'What do you need?', 'Moving a worker from a foreign company of the same group');
  await choose(page, 'What do you need for the intra-corporate transfer?', 'The permit runs out soon');
  await choose(page, 'Where will you hand in the documents?', 'Through the e-government portal');
  // An ICT permit can be extended once (practitioners' guidance): Ruqsat asks how often it already was.
  await choose(page, 'How many times has the permit been extended already?', 'Never');
  await enterDate(page, 'When do you plan to hand in the documents?', '3', '3', '2018', '11:00');
  await expect(page.locator('.panel--service')).toContainText('Extension of a permit (within an intra-corporate transfer)');
  await page.getByRole('button', { name: 'See the timeline' }).click();
  const steps = page.locator('.timeline__step');
  await expect(steps).toHaveCount(1);
  // Saturday 3 March 2018 was a working day by decree; 7 calendar days end on Saturday 10 March, a day off.
  await expect(page.locator('.timeline__registered')).toContainText('Saturday 3 March 2018, 11:00');
  await expect(steps.nth(0)).toContainText('Monday 12 March 2018, 18:30');
  await expect(steps.nth(0)).toContainText('clause 9, sub-clause 11');
});

test("a foreign worker's reissue under Edition A: no channel or category asked", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start now/ }).click();
  await choose(page, 'Who are you?', 'A foreign worker');
  await choose(page, 'Which region and regulation?', 'West Kazakhstan oblast — 2014');
  // A worker's own permit does not pass to another worker: "the worker is replaced" is not offered.
  await expect(page.getByLabel('Something on the permit changed, or the worker is replaced', { exact: true })).toHaveCount(0);
  await choose(page, 'What do you need?', 'Something on the permit changed');
  await enterDate(page, 'When do you plan to hand in the documents?', '20', '3', '2015', '12:30');
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('.summary-list__row')).toHaveCount(4);
  await page.getByRole('button', { name: 'See the timeline' }).click();
  const steps = page.locator('.timeline__step');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(2)).toContainText('Wednesday 1 April 2015, 18:30');
  await expect(steps.nth(4)).toContainText('Thursday 9 April 2015, 18:30');
  await expect(page.locator('[data-statutory]')).toContainText('3 days → Monday 30 March 2015, 18:30');
});

test('a category-4 permit cannot be extended, practitioners say: a warning, then what to do instead', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start now/ }).click();
  await choose(page, 'Who are you?', 'An employer');
  await choose(page, 'Which region and regulation?', 'Zhambyl oblast — 2017');
  await choose(page, 'What do you need?', 'The permit runs out soon');
  await choose(page, 'Where will you hand in the documents?', "At the provider's office");
  await choose(page, 'Which category is the worker?', '4 — qualified workers');
  // A rule graded C does not refuse (issue 12 §4): the person is warned and chooses.
  await choose(page, 'Practitioners report a rule that would stop this', 'Show what I can do instead');
  await expect(heading(page)).toHaveText('What you can do instead');
  await expect(page.locator('[data-result="not-eligible"]')).toContainText("practitioners' guidance");
  await expect(page.getByRole('heading', { name: 'What you can do', exact: true })).toBeVisible();
  await expect(page.getByText('you can apply for a new permit instead')).toBeVisible();
  // What to do instead is one click away: a first permit, keeping the other answers.
  await page.getByRole('button', { name: 'Apply for a new permit instead' }).click();
  await enterDate(page, 'When do you plan to hand in the documents?', '4', '9', '2017', '10:00');
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('.panel--service')).toContainText('Issue of a permit');
  await expect(page.locator('[data-answer="category"]')).toContainText('4 — qualified workers');
});

test('a date before the regulation came into force is refused at its field, with the earliest date', async ({ page }) => {
  await page.goto('/?page=submitted&who=worker&edition=west-kazakhstan-2014&need=first');
  await enterDate(page, 'When do you plan to hand in the documents?', '5', '3', '2013', '10:00');
  // The question stays, the error beside the field and in the summary (e2e/dates.spec.js has more).
  await expect(heading(page)).toHaveText('When do you plan to hand in the documents?');
  await expect(page.locator('#submitted-error')).toContainText('the earliest is Friday 15 August 2014 (exact date not known)');
  await enterDate(page, 'When do you plan to hand in the documents?', '15', '8', '2014', '10:00');
  await expect(heading(page)).toHaveText('Check your answers');
  // A link carrying such a date still ends at a result page that says when the regulation came into force.
  await page.goto('/?page=summary&who=worker&edition=west-kazakhstan-2014&need=first&submitted=2013-03-05T10:00');
  await expect(heading(page)).toHaveText('Ruqsat cannot give a timeline for this case');
  const result = page.locator('[data-result="not-eligible"]');
  await expect(result.locator('.lead')).toHaveText(
    'The regulation you chose was not yet in force on the date you gave. In force from: not before 15 August 2014 (exact date not known).');
  await expect(result.locator('.source')).toContainText('from the regulation itself');
  // A Back link leads to the question whose answer ended the journey.
  await result.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText('When do you plan to hand in the documents?');
  await page.goBack();
  await expect(heading(page)).toHaveText('Ruqsat cannot give a timeline for this case');
  await page.getByRole('button', { name: 'Change: When do you plan to hand in the documents?' }).click();
  await enterDate(page, 'When do you plan to hand in the documents?', '15', '8', '2014', '10:00');
  await expect(heading(page)).toHaveText('Check your answers');
});

test('a service the edition lacks says why and offers the question to change', async ({ page }) => {
  await page.goto('/?page=summary&who=employer&edition=west-kazakhstan-2014&need=transfer');
  await expect(heading(page)).toHaveText('This service is not available in your case');
  await expect(page.locator('[data-result="not-eligible"]')).toContainText('exists only in the Zhambyl 2017 regulation');
  await expect(page.locator('[data-result="not-eligible"]')).toContainText('from the regulation itself');
  await page.getByRole('button', { name: 'Change: Which region and regulation?' }).click();
  await expect(heading(page)).toHaveText('Which region and regulation?');
});

test('a worker asking for a transfer is sent to the employer, not to an edition that refuses workers', async ({ page }) => {
  await page.goto('/?page=summary&who=worker&edition=west-kazakhstan-2014&need=transfer');
  await expect(heading(page)).toHaveText('This service is not available in your case');
  await expect(page.locator('[data-result="not-eligible"]')).toContainText('is obtained by the employer (the receiving company) under Edition B');
  await page.getByRole('button', { name: 'Change: Who are you?' }).click();
  await expect(heading(page)).toHaveText('Who are you?');
});

test('a missing answer shows an error summary that takes focus and links to the field', async ({ page }) => {
  await page.goto('/?page=who');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Select whether you are an employer, a foreign worker or a consultant');
  await expect(page.locator('#who-error')).toContainText('Select whether you are an employer, a foreign worker or a consultant');
  await expect(page).toHaveTitle('Error: Who are you? — Ruqsat');
  await page.getByLabel('An employer').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveTitle('Which region and regulation? — Ruqsat');
  // Each option's hint (the act that set the regulation) is read with the option.
  await expect(page.getByLabel('Zhambyl oblast — 2017')).toHaveAccessibleDescription(/No\. 36/);
  await page.goto('/?page=submitted&who=worker&edition=west-kazakhstan-2014&need=first');
  await enterDate(page, 'When do you plan to hand in the documents?', '30', '2', '2015', '10:00');
  await expect(page.locator('.error-summary')).toContainText('Enter a real date');
  await expect(page.locator('.error-summary a')).toHaveAttribute('href', '#submitted-day');
});

test('changing an answer from the check page keeps the later answers', async ({ page }) => {
  await employerFirstPermitB(page);
  await expect(heading(page)).toHaveText('Check your answers');
  await page.locator('[data-answer="channel"]').getByRole('link', { name: /Change/ }).click();
  await choose(page, 'Where will you hand in the documents?', 'Through the e-government portal');
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.locator('[data-answer="channel"]')).toContainText('Through the e-government portal');
  await expect(page.locator('[data-answer="category"]')).toContainText('3 — specialists');
  await expect(page.locator('[data-answer="submitted"]')).toContainText('28 August 2017, 17:50');
  // Each "Change" is a link to its question with every answer, so it works in a new tab too.
  await expect(page.locator('[data-answer="who"]').getByRole('link', { name: /Change/ }))
    .toHaveAttribute('href', /^\?page=who&from=check&who=employer&edition=zhambyl-2017&need=first&channel=portal&/);
  // The check page's back link goes to the last question answered.
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText('When do you plan to hand in the documents?');
});

test('the language can be switched mid-journey and the answers stay', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start now/ }).click();
  await choose(page, 'Who are you?', 'An employer');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(heading(page)).toHaveText('Какой регион и какой регламент?');
  await page.getByLabel('Жамбылская область — 2017').check();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(heading(page)).toHaveText('Что вам нужно?');
  await page.getByRole('link', { name: 'Назад' }).click();
  await expect(page.getByLabel('Жамбылская область — 2017')).toBeChecked();
});

test('a shared link reopens the same timeline in a fresh browser', async ({ page, browser }) => {
  await employerFirstPermitB(page);
  await page.getByRole('button', { name: 'See the timeline' }).click();
  await expect(page.locator('.timeline__step')).toHaveCount(11);
  const link = page.url();
  expect(link).toContain('page=timeline');
  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Expected timeline');
  await expect(other.locator('.timeline__step').nth(10)).toContainText('Friday 29 September 2017, 18:30');
  await fresh.close();
});

test('a printed timeline shows what its closed details hold, and no buttons', async ({ page }) => {
  await page.goto('/?page=timeline&who=worker&edition=west-kazakhstan-2014&need=changed&submitted=2015-03-20T12:30');
  const rules = page.locator('.details ol');
  await expect(rules).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(rules).toBeVisible();
  await expect(page.getByRole('button', { name: 'Summary' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(rules).toBeHidden();
  // Where the style sheet cannot open them (browsers without ::details-content), the page opens them for the print
  // and closes them after; one the reader opened stays open.
  const details = page.locator('details');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(rules).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(rules).toBeHidden();
  await details.locator('summary').click();
  await page.evaluate(() => { dispatchEvent(new Event('beforeprint')); dispatchEvent(new Event('afterprint')); });
  await expect(rules).toBeVisible();
});

test('unknown or malformed parameters are dropped with a notice', async ({ page }) => {
  await page.goto('/?page=need&who=employer&edition=atlantis&colour=blue');
  await expect(page.locator('.notice')).toContainText('edition=atlantis');
  await expect(page.locator('.notice')).toContainText('colour=blue');
  await expect(heading(page)).toHaveText('Which region and regulation?');
});

test('the back link goes to the question before, even on a page opened from a link', async ({ page }) => {
  await page.goto('/?page=need&who=employer&edition=zhambyl-2017');
  await expect(heading(page)).toHaveText('What do you need?');
  await expect(page).toHaveTitle('What do you need? — Ruqsat');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText('Which region and regulation?');
  await expect(page.getByLabel('Zhambyl oblast — 2017')).toBeChecked();
  await expect(page).toHaveTitle('Which region and regulation? — Ruqsat');
  // Each option's hint (the act that set the regulation) is read with the option.
  await expect(page.getByLabel('Zhambyl oblast — 2017')).toHaveAccessibleDescription(/No\. 36/);
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^A permit to attract foreign labour/);
});

test('a date before the notice for your own step is an error beside it, not a broken timeline', async ({ page }) => {
  await page.goto('/?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50');
  const mine = page.locator('.timeline__step--applicant [data-date-form="done"]');
  await mine.getByLabel('Day', { exact: true }).fill('1');
  await mine.getByLabel('Month', { exact: true }).fill('9');
  await mine.getByLabel('Year', { exact: true }).fill('2017');
  await mine.getByRole('button', { name: 'Apply' }).click();
  await expect(mine.locator('.error-message')).toHaveText(/starts with the positive notice/);
  await expect(page.locator('.timeline__step')).toHaveCount(11);
  // The error is the group's description, and focus goes to the date.
  await expect(mine.getByRole('group')).toHaveAttribute('aria-describedby', 'done-error');
  await expect(mine.getByLabel('Day', { exact: true })).toBeFocused();
  // A date that fits, then removed: focus stays in the form (the button goes with the date), the fields empty.
  await mine.getByLabel('Day', { exact: true }).fill('20');
  await mine.getByRole('button', { name: 'Apply' }).click();
  await expect(mine.getByRole('status')).toHaveText("The later steps' dates are now counted from your date.");
  await mine.getByRole('button', { name: 'Remove the date' }).click();
  await expect(mine.getByLabel('Day', { exact: true })).toBeFocused();
  await expect(mine.getByLabel('Day', { exact: true })).toHaveValue('');
  await expect(mine.getByRole('status')).toHaveText('');
  // A link carrying such a date says so in words and offers the way out.
  await page.goto('/?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50&done=2017-09-01');
  await expect(page.locator('.error-message')).toHaveText('Ruqsat cannot count this timeline: the date given does not fit it.');
  await page.getByRole('button', { name: 'Remove the date' }).click();
  await expect(page.locator('.timeline__step')).toHaveCount(11);
});

test('the back button returns to the previous question', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start now/ }).click();
  await choose(page, 'Who are you?', 'An employer');
  await expect(heading(page)).toHaveText('Which region and regulation?');
  await page.goBack();
  await expect(heading(page)).toHaveText('Who are you?');
  await expect(page.getByLabel('An employer', { exact: true })).toBeChecked();
});

test('a question can be answered with the keyboard alone', async ({ page }) => {
  await page.goto('/?page=who');
  await expect(heading(page)).toHaveText('Who are you?');
  await page.getByLabel('An employer', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('A foreign worker', { exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Which region and regulation?');
  await expect(heading(page)).toBeFocused();
});

test('the timeline and the check page fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const answers = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-08-28T17:50';
  for (const p of ['timeline', 'check', 'summary']) {
    await page.goto(`/?page=${p}&${answers}`);
    await expect(heading(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, p).toBeLessThanOrEqual(0);
  }
});

test('the timeline in Russian and Kazakh: weekdays, dates and plurals in the language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Русский' }).click();
  await page.goto('/?page=timeline&who=worker&edition=west-kazakhstan-2014&need=changed&submitted=2015-03-20T12:30');
  await expect(heading(page)).toHaveText('Ожидаемые сроки');
  await expect(page.locator('.timeline__step').nth(4)).toContainText('четверг, 9 апреля 2015 г., 18:30');
  await expect(page.locator('[data-statutory]')).toContainText('3 дня → понедельник, 30 марта 2015 г., 18:30');
  // Beside the total and the steps' sum, why the two differ.
  await expect(page.locator('[data-statutory]')).toContainText('Пункт 4 устанавливает общий срок услуги, пункт 7 — сроки каждого шага.');
  // Nauryz 2015 (21–23 March, Saturday to Monday, so 24 and 25 off too) and a weekend stretch the review: 7 days off.
  await expect(page.locator('.timeline__step').nth(2)).toContainText('Нерабочие дни (7 дней): суббота, 21 марта 2015 г. — Наурыз мейрамы');
  // The legal basis is cited in the page's language too, and nothing on the page is left in English.
  await expect(page.locator('.timeline__step').nth(0))
    .toContainText('постановление акимата ЗКО от 1 июля 2014 года № 176, регламент, пункт 7, подпункт 1)');
  await expect(page.locator('main')).not.toContainText(/clause|resolution|regulation|decree/i);
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(heading(page)).toHaveText('Күтілетін мерзімдер');
  await expect(page.locator('.timeline__step').nth(4)).toContainText('2015 жылғы 9 сәуір, бейсенбі, 18:30');
  await expect(page.locator('.timeline__step').nth(0))
    .toContainText('БҚО әкімдігінің 2014 жылғы 1 шілдедегі № 176 қаулысы, регламент, 7-тармақ, 1) тармақша');
  await expect(page.locator('main')).not.toContainText(/clause|resolution|regulation|decree/i);
});
