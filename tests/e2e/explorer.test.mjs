// The indicator explorer: choosing, the table, and the downloads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { cellText, open, waitForPage } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

describe('explorer', () => {
  const app = useServerAndBrowser();

  test('choosing an indicator, units and years shows the rows', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'explorer');
    await page.getByLabel('Indikator eller dataelement').selectOption('mt_patients');
    // Start from no units, then tick two.
    for (const box of await page.locator('input[name="ou"]').all()) await box.setChecked(false);
    await page.getByRole('button', { name: 'Vis' }).click();
    assert.equal(await page.locator('.ds-validation-message').textContent(), 'Vel minst éi eining.');
    await page.getByRole('checkbox', { name: 'Helse Vest', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Helse Midt-Norge', exact: true }).check();
    await page.getByLabel('Frå år').selectOption('2016');
    await page.getByLabel('Til år').selectOption('2018');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/#\/explorer\?dx=mt_patients&ou=NO-HV(%2C|,)NO-HMN&from=2016&to=2018/);
    await waitForPage(page);
    const rows = page.locator('figure table tbody tr');
    assert.equal(await rows.count(), 6);
    const hv2018 = page.locator('tr[data-ou="NO-HV"][data-pe="2018"] td.pf-num').first();
    assert.equal(await hv2018.textContent(), '456');
    await page.close();
  });

  test('the CSV download holds the rows of the table', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'explorer?dx=mt_patients_per_100k&ou=NO-HV,NO&from=2016&to=2018');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.ok(lines.length >= 7, `expected a header and 6 rows, got:\n${csv}`);
    assert.match(lines[0], /dx/);
    const hv2018 = lines.find((line) => line.includes('NO-HV') && line.includes('2018'));
    assert.ok(hv2018, `no NO-HV 2018 row in:\n${csv}`);
    assert.match(hv2018, /41\.22/);
    assert.match(hv2018, /456/);
    await page.close();
  });

  test('the XLSX link answers with a spreadsheet', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'explorer?dx=mt_patients_per_100k&ou=NO-HV,NO&from=2016&to=2018');
    const link = new URL(await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href'), app.url).href;
    const response = await page.request.get(link);
    assert.equal(response.status(), 200, `${link}: ${await response.text()}`);
    assert.match(response.headers()['content-type'], /spreadsheetml/);
    assert.equal((await response.body()).subarray(0, 2).toString(), 'PK');
    await page.close();
  });

  test('the JSON-stat link answers with a JSON-stat dataset', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'explorer?dx=mt_patients_per_100k&ou=NO-HV,NO&from=2016&to=2018');
    const link = new URL(await page.getByRole('link', { name: 'JSON-stat' }).getAttribute('href'), app.url).href;
    const response = await page.request.get(link);
    assert.equal(response.status(), 200, `${link}: ${await response.text()}`);
    const body = await response.json();
    assert.equal(body.class, 'dataset');
    assert.deepEqual(body.id, ['dx', 'ou', 'pe']);
    await page.close();
  });

  test('the chart downloads as SVG and PNG', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'explorer?dx=mt_patients_per_100k&ou=NO-HV,NO&from=2016&to=2018');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned figur (SVG)' }).click()]);
    assert.match(svg.suggestedFilename(), /\.svg$/);
    assert.match(fs.readFileSync(await svg.path(), 'utf8'), /<svg/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned figur (PNG)' }).click()]);
    assert.match(png.suggestedFilename(), /\.png$/);
    assert.equal(fs.readFileSync(await png.path()).subarray(1, 4).toString(), 'PNG');
    await page.close();
  });

  test('an organisation page shows its figures, units and membership', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'explorer?dx=mt_patients&ou=NO-HV&from=2016&to=2018');
    await page.locator('figure table tbody tr').first().getByRole('link', { name: 'Helse Vest' }).click();
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Helse Vest');
    const figures = page.locator('figure table').first();
    assert.equal(await cellText(figures, '2018', 'Pasientar med musikkterapikode'), '456');
    assert.ok(await page.getByRole('link', { name: 'Helse Bergen HF' }).isVisible());
    await page.getByRole('link', { name: 'Helse Bergen HF' }).click();
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Helse Bergen HF');
    assert.match(await page.locator('main').textContent(), /Fullverdig medlem/);
    await page.close();
  });
});
