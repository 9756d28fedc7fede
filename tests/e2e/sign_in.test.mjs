// Signing in and out in the browser: a wrong password, what a viewer sees that an anonymous visitor
// does not, and API tokens made, shown once and revoked on the account page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, open, signIn, signOut, USERS, waitForPage, watchErrors } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

const HN_2016 = 'tr[data-ou="NO-HN"][data-pe="2016"] td.pf-num';

describe('sign-in', () => {
  const app = useServerAndBrowser();

  async function freshPage() {
    const page = await app.newPage();
    await page.context().clearCookies();
    return page;
  }

  test('a wrong password is explained and the visitor stays signed out', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await open(page, app.url, 'login');
    assert.equal(await page.getByLabel('Brukarnamn').getAttribute('autocomplete'), 'username');
    assert.equal(await page.getByLabel('Passord', { exact: true }).getAttribute('autocomplete'), 'current-password');
    await page.getByLabel('Brukarnamn').fill(USERS.viewer.user);
    await page.getByLabel('Passord', { exact: true }).fill('feil passord heilt');
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    const summary = page.locator('.ds-error-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Feil brukarnamn eller passord/);
    const password = page.getByLabel('Passord', { exact: true });
    assert.equal(await password.getAttribute('aria-invalid'), 'true');
    assert.equal(await password.inputValue(), '');
    assert.match(page.url(), /#\/login$/);
    assert.equal(await page.locator('.pf-account-user').count(), 0);
    assert.ok(await page.locator('.pf-account').getByRole('link', { name: 'Logg inn' }).isVisible());
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    assert.equal(session.signed_in, false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('after too many failures the page says when to try again', async () => {
    const page = await freshPage();
    await open(page, app.url, 'login');
    const summary = page.locator('.ds-error-summary');
    // The server refuses a name for a while after 5 failures within 15 minutes.
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await page.getByLabel('Brukarnamn').fill('ukjend');
      await page.getByLabel('Passord', { exact: true }).fill(`gale passord ${attempt}`);
      await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
      // The button is disabled while the answer is awaited.
      await page.locator('form.pf-login button[type="submit"]:enabled').waitFor();
    }
    assert.match(await summary.textContent(), /For mange mislukka forsøk\. Prøv igjen om \d+ min \(kl\. \d\d[:.]\d\d\)/);
    assert.match(await page.getByLabel('Passord', { exact: true }).getAttribute('aria-invalid'), /true/);
    await page.close();
  });

  test('a viewer sees every count; signed out, small counts are hidden again', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    const explorer = 'explorer?dx=mt_patients&ou=NO-HN&from=2016&to=2016';
    await open(page, app.url, explorer);
    assert.equal(await page.locator(HN_2016).first().textContent(), 'skjult');
    // From the header's link, and back to the explorer afterwards.
    await page.locator('.pf-account').getByRole('link', { name: 'Logg inn' }).click();
    await waitForPage(page);
    await page.getByLabel('Brukarnamn').fill(USERS.viewer.user);
    await page.getByLabel('Passord', { exact: true }).fill(USERS.viewer.password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.waitForURL((url) => url.hash === `#/${explorer}`);
    await waitForPage(page);
    assert.equal(await page.locator('.pf-account-user').textContent(), 'Innlogga som vera (lesar)');
    await page.locator(HN_2016).first().waitFor();
    assert.equal(await page.locator(HN_2016).first().textContent(), '3');
    // The CSRF token lives in memory only.
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((key) => /csrf|token|session/i.test(key))), []);

    await signOut(page);
    assert.equal(await page.locator('.pf-account-user').count(), 0);
    assert.equal(await page.locator(HN_2016).first().textContent(), 'skjult');
    // A reload (the browser's own cache) shows no more than the page did.
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator(HN_2016).first().textContent(), 'skjult');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an API token is shown once, listed, and stops working when revoked', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await signIn(page, app.url, USERS.reporter, 'account');
    assert.equal(await page.locator('h1').textContent(), 'Konto');
    assert.match(await page.locator('main').textContent(), /Du har ingen API-nøklar/);

    const make = async (label) => {
      await page.getByLabel('Kva er nøkkelen til?').fill(label);
      await page.getByRole('button', { name: 'Lag API-nøkkel' }).click();
      const secret = page.getByRole('textbox', { name: `Nøkkelen «${label}»`, exact: true });
      await secret.waitFor();
      return secret.inputValue();
    };
    const first = await make('nattleg import');
    assert.match(first, /^pf_[A-Za-z0-9_-]{43}$/);
    assert.match(await page.locator('.pf-account-status').textContent(), /blir ikkje vist igjen/);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
    const row = page.locator('.pf-token-table tbody tr', { hasText: 'nattleg import' });
    assert.match(await row.textContent(), /Aktiv/);
    assert.equal((await page.locator('.pf-token-table').textContent()).includes(first), false);

    // Shown once: after a reload the list has the label, never the secret.
    await page.reload();
    await waitForPage(page);
    assert.equal((await page.locator('main').textContent()).includes(first), false);
    assert.match(await page.locator('.pf-token-table').textContent(), /nattleg import/);

    await page.getByRole('button', { name: 'Trekk tilbake nøkkelen «nattleg import»' }).click();
    await page.locator('.pf-account-status .ds-alert[data-color="success"]').waitFor();
    assert.match(await row.textContent(), /\d/);
    assert.equal(await row.getAttribute('data-revoked'), 'true');
    assert.equal(await row.getByRole('button').count(), 0);

    const fresh = await make('skript');
    const tokens = (token) => fetch(new URL('/api/tokens', app.url), { headers: { Authorization: `Bearer ${token}` } });
    assert.equal((await tokens(first)).status, 401);
    const answer = await tokens(fresh);
    assert.equal(answer.status, 200);
    const listed = (await answer.json()).tokens;
    assert.deepEqual(listed.map((token) => token.label).sort(), ['nattleg import', 'skript']);
    assert.equal(JSON.stringify(listed).includes(fresh), false);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
