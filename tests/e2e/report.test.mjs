// The yearly reporting form: a sign-in first, validation, saving, and the saved figure in the
// explorer. The tests of one file share the browser's cookies, so each starts signed out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { open, signIn, USERS, waitForPage } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

describe('yearly reporting', () => {
  const app = useServerAndBrowser();

  // A new page with no session: signed in as `who` (through the sign-in page) when given.
  async function freshPage(who) {
    const page = await app.newPage();
    await page.context().clearCookies();
    if (who) await signIn(page, app.url, who, 'report?ou=HV-BERGEN&year=2022');
    return page;
  }

  test('an anonymous visitor is asked to sign in and gets no form', async () => {
    const page = await freshPage();
    await open(page, app.url, 'report?ou=HV-BERGEN&year=2022');
    const prompt = page.locator('.ds-alert[data-color="info"]');
    assert.match(await prompt.textContent(), /Du må logge inn for å rapportere tal/);
    assert.equal(await page.getByRole('button', { name: 'Lagre' }).count(), 0);
    assert.equal(await page.locator('input[data-de]').count(), 0);
    // The link keeps the chosen unit and year for after the sign-in.
    const link = prompt.getByRole('link', { name: 'Logg inn for å rapportere' });
    await link.click();
    await waitForPage(page);
    assert.equal(await page.locator('h1').textContent(), 'Logg inn');
    await page.getByLabel('Brukarnamn').fill(USERS.reporter.user);
    await page.getByLabel('Passord', { exact: true }).fill(USERS.reporter.password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.waitForURL(/#\/report\?ou=HV-BERGEN&year=2022$/);
    await page.locator('fieldset[data-ou="HV-BERGEN-PHV"]').waitFor();
    assert.equal(await page.getByLabel('Rapporteringsår').inputValue(), '2022');
    await page.close();
  });

  test('a viewer is told that its role cannot report', async () => {
    const page = await freshPage(USERS.viewer);
    assert.match(await page.locator('main .ds-alert').textContent(), /rolla lesar, som ikkje kan rapportere/);
    assert.equal(await page.getByRole('button', { name: 'Lagre' }).count(), 0);
    await page.close();
  });

  test('invalid figures are explained inline and nothing is sent', async () => {
    const page = await freshPage(USERS.reporter);
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
    const page = await freshPage(USERS.reporter);
    const unit = page.locator('fieldset[data-ou="HV-BERGEN-PHV"]');
    await unit.locator('.pf-last-year').first().waitFor();
    assert.equal((await unit.locator('.pf-last-year').first().textContent()).trim(), 'I fjor (2021): 7');
    await page.close();
  });

  test('a saved figure is confirmed and shows in the explorer', async () => {
    const page = await freshPage(USERS.reporter);
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

  test('a unit outside the reporter\'s own is refused with the server\'s reason', async () => {
    const page = await freshPage(USERS.reporter);
    await open(page, app.url, 'report?ou=HV-FONNA&year=2022');
    const field = page.locator('input[data-de="mt_positions"]').first();
    await field.fill('2');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const refusal = page.locator('.pf-report-status .ds-alert[data-color="danger"]');
    await refusal.waitFor({ timeout: 15000 });
    assert.match(await refusal.textContent(), /Du har ikkje løyve til å lagre desse tala/);
    assert.match(await refusal.locator('.pf-server-message').textContent(), /HV-FONNA/);
    await page.close();
  });
});
