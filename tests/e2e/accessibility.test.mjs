// Every page: no serious or critical axe-core violations, and a screenshot for docs/screenshots/.
// `as` signs in first (through the sign-in page); the others are seen as by an anonymous visitor.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, open, screenshot, signIn, USERS, watchErrors } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

const PAGES = [
  { name: 'dashboard', hash: '' },
  { name: 'dashboard-per-100k', hash: '?view=rate' },
  { name: 'explorer', hash: 'explorer' },
  { name: 'cluster', hash: 'cluster' },
  { name: 'organisation', hash: 'org/NO-HV' },
  { name: 'report', hash: 'report?ou=HV-BERGEN&year=2022', as: USERS.reporter },
  { name: 'report-signed-out', hash: 'report?ou=HV-BERGEN&year=2022', noScreenshot: true },
  { name: 'login', hash: 'login?next=report' },
  { name: 'account', hash: 'account', as: USERS.reporter },
];

describe('accessibility and screenshots', () => {
  const app = useServerAndBrowser();

  for (const { name, hash, as, noScreenshot } of PAGES) {
    test(`${name}: no serious or critical axe-core violations`, async () => {
      const page = await app.newPage();
      await page.context().clearCookies();
      const errors = watchErrors(page);
      if (as) await signIn(page, app.url, as, hash);
      else await open(page, app.url, hash);
      if (!noScreenshot) await screenshot(page, name);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('a failed sign-in has no serious or critical violations', async () => {
    const page = await app.newPage();
    await page.context().clearCookies();
    const errors = watchErrors(page);
    await open(page, app.url, 'login');
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.locator('.ds-error-summary').waitFor();
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('English pages have no serious or critical violations either', async () => {
    const page = await app.newPage();
    await open(page, app.url);
    await page.getByRole('button', { name: 'English' }).click();
    await open(page, app.url, 'explorer');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
    await page.close();
  });
});
