// Every page: no serious or critical axe-core violations, and a screenshot for docs/screenshots/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, open, screenshot, watchErrors } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

const PAGES = [
  { name: 'dashboard', hash: '' },
  { name: 'dashboard-per-100k', hash: '?view=rate' },
  { name: 'explorer', hash: 'explorer' },
  { name: 'cluster', hash: 'cluster' },
  { name: 'organisation', hash: 'org/NO-HV' },
  { name: 'report', hash: 'report?ou=HV-BERGEN&year=2022' },
];

describe('accessibility and screenshots', () => {
  const app = useServerAndBrowser();

  for (const { name, hash } of PAGES) {
    test(`${name}: no serious or critical axe-core violations`, async () => {
      const page = await app.newPage();
      const errors = watchErrors(page);
      await open(page, app.url, hash);
      await screenshot(page, name);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

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
