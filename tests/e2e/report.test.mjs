// The yearly reporting form: validation, saving, and the saved figure in the explorer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { open, waitForPage } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

describe('yearly reporting', () => {
  const app = useServerAndBrowser();

  test('invalid figures are explained inline and nothing is sent', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'report?ou=HV-BERGEN&year=2022');
    const unit = page.locator('fieldset[data-ou="HV-BERGEN-PHV"]');
    const positions = unit.getByLabel('Musikkterapistillingar');
    await positions.fill('-1');
    await positions.blur();
    assert.equal(await positions.getAttribute('aria-invalid'), 'true');
    assert.match(await unit.locator('.ds-validation-message').first().textContent(), /negativt/);
    const patients = unit.getByLabel('Pasientar med musikkterapikode');
    await patients.fill('2,5');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const summary = page.locator('.ds-error-summary');
    assert.match(await summary.textContent(), /Rett opp feila/);
    assert.match(await summary.textContent(), /heilt tal/);
    await page.close();
  });

  test('last year\'s value stands beside the field', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'report?ou=HV-BERGEN&year=2022');
    const unit = page.locator('fieldset[data-ou="HV-BERGEN-PHV"]');
    await unit.locator('.pf-last-year').first().waitFor();
    assert.equal((await unit.locator('.pf-last-year').first().textContent()).trim(), 'I fjor (2021): 7');
    await page.close();
  });

  test('a saved figure is confirmed and shows in the explorer', async () => {
    const page = await app.newPage();
    await open(page, app.url, 'report');
    await page.getByLabel('Deltakar (organisasjonseining)').selectOption('HV-BERGEN');
    await page.getByLabel('Rapporteringsår').selectOption('2022');
    await page.locator('fieldset[data-ou="HV-BERGEN-PHV"]').waitFor();
    const positions = page.locator('fieldset[data-ou="HV-BERGEN-PHV"]').getByLabel('Musikkterapistillingar');
    await positions.fill('7,5');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const confirmation = page.locator('.ds-alert[data-color="success"]');
    await confirmation.waitFor({ timeout: 15000 }).catch(async () => {
      throw new Error(`no confirmation; the page says: ${await page.locator('.pf-report-status').textContent()}`);
    });
    assert.match(await confirmation.textContent(), /Lagra for 2022/);
    assert.match(await confirmation.textContent(), /Helse Bergen – Divisjon psykisk helsevern – Musikkterapistillingar: 7,5/);

    await open(page, app.url, 'explorer?dx=mt_positions&ou=HV-BERGEN-PHV&from=2022&to=2022');
    await waitForPage(page);
    const cell = page.locator('tr[data-ou="HV-BERGEN-PHV"][data-pe="2022"] td.pf-num').first();
    assert.equal(await cell.textContent(), '7,5');
    await page.close();
  });
});
