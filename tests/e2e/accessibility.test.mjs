// Every page: no serious or critical axe-core violations, and a screenshot for docs/screenshots/.
// `as` signs in first (through the sign-in page); the others are seen as by an anonymous visitor.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiSession, axeViolations, open, reportFrame, screenshot, signIn, USERS, watchErrors } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

// A few plan items, one of them overdue, so that the plan page has something to show.
const PLAN_ITEMS = [
  { code: 'milestone-coverage', kind: 'milestone', plan: 2030, goal: '1', title: 'Alle helseføretak i Helse Vest er fullverdige medlemer', responsible: '', due: '2030-12-31', status: 'in_progress', note: '' },
  { code: 'action-survey', kind: 'action', plan: 2024, goal: '4', title: 'Brukarundersøking om musikkterapi', responsible: 'HELSE-BERGEN', due: '2024-10-01', status: 'planned', note: 'Eksempel til skjermbiletet.' },
  { code: 'action-webinars', kind: 'action', plan: 2024, goal: '4', title: 'Fire webinar for tilsette i tenestene', responsible: '', due: '2024-12-31', status: 'done', note: '' },
];

async function seedPlan(url) {
  const request = await apiSession(url, USERS.coordinator);
  for (const item of PLAN_ITEMS) {
    const answer = await request('PUT', `/api/registry/plan_item/${item.code}`, item);
    assert.ok(answer.ok, `${item.code}: ${answer.status} ${await answer.text()}`);
  }
}

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
  { name: 'goals', hash: 'goals?year=2018' },
  { name: 'annual-report', hash: 'annual-report?year=2018', settle: reportFrame },
  { name: 'activities', hash: 'activities' },
  { name: 'activities-editing', hash: 'activities?year=2018', as: USERS.reporter, noScreenshot: true },
  { name: 'plan', hash: 'plan', seed: seedPlan },
  { name: 'plan-editing', hash: 'plan', as: USERS.coordinator, noScreenshot: true },
  { name: 'bodies', hash: 'bodies' },
];

describe('accessibility and screenshots', () => {
  const app = useServerAndBrowser();

  for (const { name, hash, as, noScreenshot, seed, settle } of PAGES) {
    test(`${name}: no serious or critical axe-core violations`, async () => {
      if (seed) await seed(app.url);
      const page = await app.newPage();
      await page.context().clearCookies();
      const errors = watchErrors(page);
      if (as) await signIn(page, app.url, as, hash);
      else await open(page, app.url, hash);
      if (settle) await settle(page);
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
