// Issue 12, part `provisions`: a rule graded below S warns and lets the person go on; the regulations' provisions
// (portal prerequisites, refusal grounds, appeal, fee notes) appear where they apply. The dates were counted by hand
// in crates/core/src/provisions/tests.rs.
import { test, expect } from '@playwright/test';

const heading = (page) => page.getByRole('heading', { level: 1 });

async function choose(page, question, option) {
  await expect(heading(page)).toHaveText(question);
  await page.getByLabel(option, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a C-graded limit warns, states its grade, period and source, and lets the user go on', async ({ page }) => {
  await page.goto('/?page=who');
  await choose(page, 'Who are you?', 'An employer');
  await choose(page, 'Which region and regulation?', 'Zhambyl oblast — 2017');
  await choose(page, 'What do you need?', 'The permit runs out soon');
  await choose(page, 'Where will you hand in the documents?', "At the provider's office");
  await choose(page, 'Which category is the worker?', '4 — qualified workers');
  await expect(heading(page)).toHaveText('Practitioners report a rule that would stop this');
  const warning = page.locator('[data-caution="extension-not-allowed"]');
  await expect(warning).toContainText("practitioners' guidance");
  await expect(warning).toContainText('period: read from a 2021 text');
  await expect(warning).toContainText('Source');
  await choose(page, 'Practitioners report a rule that would stop this', 'Go on, knowing this');
  await expect(heading(page)).toHaveText('When do you plan to hand in the documents?');
  await page.getByLabel('Day', { exact: true }).fill('4');
  await page.getByLabel('Month', { exact: true }).fill('9');
  await page.getByLabel('Year', { exact: true }).fill('2017');
  await page.getByLabel('Time (HH:MM)').fill('10:00');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Check your answers');
  // The summary keeps the warning in view.
  await page.goto('/?page=summary&who=employer&edition=zhambyl-2017&need=runs-out&channel=office&category=4&caution=go-on&submitted=2017-09-04T10:00');
  await expect(heading(page)).toHaveText('Summary');
  await expect(page.locator('[data-caution="extension-not-allowed"]')).toContainText("practitioners' guidance");
});

test('choosing not to go on past a C rule shows what to do instead, not a refusal', async ({ page }) => {
  await page.goto('/?page=caution&who=employer&edition=zhambyl-2017&need=runs-out&channel=office&category=4');
  await choose(page, 'Practitioners report a rule that would stop this', 'Show what I can do instead');
  await expect(heading(page)).toHaveText('What you can do instead');
  await expect(page.getByRole('button', { name: 'Apply for a new permit instead' })).toBeVisible();
});

test('on the portal: the prerequisites, the refusal grounds with the portal refusals, the appeal and the guarantee', async ({ page }) => {
  await page.goto('/?page=summary&who=employer&edition=west-kazakhstan-2014&need=first&channel=portal&category=3&submitted=2015-03-02T10:00');
  await expect(heading(page)).toHaveText('Summary');
  const check = page.locator('[data-provisions="portal-check"]');
  await expect(check.getByRole('heading', { name: 'Check before applying on the portal' })).toBeVisible();
  await expect(check).toContainText('IIN and/or BIN and a password');
  await expect(check).toContainText('must be valid, not revoked, and match your IIN/BIN');
  await expect(check).toContainText('clause 11, sub-clause 6');
  const grounds = page.locator('[data-list="refusal-grounds"]');
  await expect(grounds).toContainText('The package is incomplete');
  await expect(grounds.locator('[data-ground="a-portal-log-in-refused"]')).toContainText('clause 11, sub-clause 4');
  await expect(grounds.locator('[data-ground="a-portal-signature-not-confirmed"]')).toContainText('from the regulation itself');
  // The executor's 5 working days from 2 March 2015: Tuesday 10 March (Women's Day moved to Monday 9 March).
  await expect(page.locator('[data-provision="a-executor-refuses"]')).toContainText('You would know by: Tuesday 10 March 2015');
  await expect(page.locator('[data-provisions="appeal"]')).toContainText('section 3 of the standard');
  await expect(page.locator('[data-provisions="appeal"]')).toContainText('clause 13');
  await expect(page.locator('[data-provisions="fees"]')).toContainText('guarantee');
  await expect(page.locator('[data-provisions="result"]')).toContainText('personal cabinet');
  await expect(page.locator('[data-provisions="apply"]')).toContainText('not given through public service centres');
  await expect(page.locator('[data-provisions="apply"]')).toContainText('8 7112 50 50 99');
});

test('at the office under Edition B: no portal checks, the fee range and the 2017 table as C, no appeal clause', async ({ page }) => {
  await page.goto('/?page=summary&who=consultant&for=employer&edition=zhambyl-2017&need=first&channel=office&category=3&submitted=2017-09-04T10:00');
  await expect(heading(page)).toHaveText('Summary');
  await expect(page.locator('[data-provisions="portal-check"]')).toHaveCount(0);
  await expect(page.locator('[data-provisions="apply"]')).toContainText('you need a power of attorney');
  await expect(page.locator('[data-list="refusal-grounds"]')).toContainText('False documents or data');
  await expect(page.locator('[data-list="refusal-grounds"]')).not.toContainText('portal');
  await expect(page.locator('[data-provision="b-notice-of-refusal"]')).toContainText('You would know by: Friday 15 September 2017');
  const fees = page.locator('[data-provisions="fees"]');
  await expect(fees).toContainText('137');
  const table = fees.locator('[data-table="fee-2017"]');
  await expect(table).toContainText("practitioners' guidance");
  await expect(table).toContainText('not an amount due');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(page.locator('[data-provisions="appeal"]')).toContainText('not known — ask the provider');
  await expect(page.locator('[data-provisions="apply"]')).toContainText('www.elicense.kz');
});
