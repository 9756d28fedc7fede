// The start page: the key figure per health region as a table and a chart, counts and per 100 000.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellText, open, parseNumber, waitForPage, watchErrors } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

describe('dashboard', () => {
  const app = useServerAndBrowser();

  test('the table shows 456 patients for Helse Vest in 2018', async () => {
    const page = await app.newPage();
    const errors = watchErrors(page);
    await open(page, app.url);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nn');
    const table = page.locator('figure table').first();
    assert.equal(await cellText(table, '2018', 'Helse Vest'), '456');
    // National totals are in the table too.
    assert.equal(parseNumber(await cellText(table, '2018', 'Noreg')), 789);
    // The chart is drawn as SVG with its own accessible name.
    assert.ok(await page.locator('figure .pf-chart svg[role="img"]').first().isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('per 100 000 shows 41.22 for Helse Vest in 2018, with its interval and the reference line', async () => {
    const page = await app.newPage();
    await open(page, app.url);
    await page.getByRole('radio', { name: 'Per 100 000 innbyggjarar' }).click();
    await page.waitForFunction(() => document.querySelector('figure.pf-figure')?.dataset.rendered === 'true');
    const table = page.locator('figure table').first();
    const cell = await cellText(table, '2018', 'Helse Vest');
    assert.match(cell, /^41,22/);
    assert.equal(parseNumber(cell.slice(0, 5)), 41.22);
    assert.match(cell, /37,52–45,18/);
    // The equal-access reference (the national rate) is drawn as a dashed line.
    assert.ok((await page.locator('figure .pf-chart svg [stroke-dasharray]').count()) > 0, 'no dashed reference line');
    // The choice is kept in the address.
    assert.match(page.url(), /view=rate/);
    await page.close();
  });

  test('suppressed cells read "skjult" and point to the explanation', async () => {
    const page = await app.newPage();
    await open(page, app.url);
    const table = page.locator('figure table').first();
    assert.match(await cellText(table, '2016', 'Helse Nord'), /^skjult/);
    const cell = page.locator('td[data-ou="NO-HN"][data-pe="2016"]').first();
    const noteId = await cell.getAttribute('aria-describedby');
    assert.match(await page.locator(`[id="${noteId}"]`).textContent(), /personvernomsyn/);
    await page.close();
  });

  test('the language can be switched to English and back, and the choice is kept', async () => {
    const page = await app.newPage();
    await open(page, app.url);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Music therapy in the specialist health services');
    // Focus stays on the chosen language, which is marked as pressed.
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('lang')), 'en');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await cellText(page.locator('figure table').first(), '2016', 'Helse Nord'), 'hidden');
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Musikkterapi i spesialisthelsetjenesten');
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Musikkterapi i spesialisthelsetenesta');
    await page.close();
  });

  test('the keyboard reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await app.newPage();
    await open(page, app.url);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hopp til hovudinnhaldet');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    // The navigation is reachable and works from the keyboard.
    await page.getByRole('link', { name: 'Klynga', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Klynga');
    assert.equal(await page.getByRole('link', { name: 'Klynga', exact: true }).getAttribute('aria-current'), 'page');
    await page.close();
  });
});
