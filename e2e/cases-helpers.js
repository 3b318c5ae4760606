// What the specs of the cases kept on the device share (not a spec itself: Playwright runs *.spec.js only).
import { expect } from '@playwright/test';

// An employer's first permit under Edition B at the office; handed in on Mon 4 Dec 2017 at 10:00.
export const B = 'who=employer&edition=zhambyl-2017&need=first&channel=office&category=3';
export const HANDED_IN = `${B}&submitted=2017-12-04T10:00`;

// Opens a journey's address as a new case and waits until it is kept (its id is in the address).
export async function keep(page, query) {
  await page.goto(`/en/?${query}`);
  await expect(page).toHaveURL(/[?&]case=[0-9a-z-]+/);
  return new URL(page.url()).searchParams.get('case');
}

// From the next navigation on, the page's storage is refused, as a browser with site data disabled refuses it.
export async function storageOff(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
}
