// The cluster's own pages: goals and indicators, the annual report in a frame, activities, the
// action plan, governance bodies and contact persons; what an anonymous visitor sees, and what a
// reporter (own participants only) and a coordinator (any) may change.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellText, open, reportFrame, signIn, USERS, waitForPage, watchErrors } from './support/harness.mjs';
import { useServerAndBrowser } from './support/suite.mjs';

const HV_RATE = 'Pasientar med musikkterapikode per 100 000 innbyggjarar, Helse Vest';
const BERGEN = 'Helse Bergen HF (Haukeland universitetssjukehus)';

describe('cluster pages', () => {
  const app = useServerAndBrowser();

  async function freshPage() {
    const page = await app.newPage();
    await page.context().clearCookies();
    return page;
  }

  test('the goals page shows goal 1 for 2018 with Helse Vest at 41,2 and its interval', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await open(page, app.url, 'goals?year=2018');
    assert.equal(await page.locator('h1').textContent(), 'Mål og indikatorar');
    assert.equal(await page.getByLabel('År', { exact: true }).inputValue(), '2018');
    const headings = await page.locator('main h2').allTextContents();
    assert.match(headings[0], /^Hovudmål: /);
    assert.deepEqual(headings.slice(1).map((text) => text.split(':')[0]), ['Delmål 1', 'Delmål 2', 'Delmål 3a', 'Delmål 3b', 'Delmål 4']);
    const goal = page.locator('section[data-goal="1"]');
    assert.match(await goal.locator('.pf-goal-summary').textContent(), /^7 indikatorar\./);
    const indicators = goal.locator('table');
    assert.equal(await indicators.locator('caption').textContent(), 'Indikatorar for delmål 1, 2018');
    assert.equal(await cellText(indicators, HV_RATE, 'Tal for 2018'), '41,2');
    assert.match(await cellText(indicators, HV_RATE, '95 % intervall'), /^\d+,\d–\d+,\d$/);
    assert.equal(await cellText(indicators, HV_RATE, 'Dimensjon'), 'rekkevidd (RE-AIM)');
    assert.match(await cellText(indicators, HV_RATE, 'Tidlegare tal (år)'), /\(2017\)$/);
    assert.equal(await cellText(indicators, HV_RATE, 'Utvikling'), 'Opp, klar endring');
    assert.match(await page.locator('section[data-goal="2"]').textContent(), /Målet har ingen indikatorar enno/);
    // Another year, and the address follows.
    await page.getByLabel('År', { exact: true }).selectOption('2017');
    await page.locator('section[data-goal="1"] caption', { hasText: '2017' }).waitFor();
    assert.match(page.url(), /#\/goals\?year=2017$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the annual report page frames the report for 2018 with its charts drawn', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await open(page, app.url, 'annual-report?year=2018');
    assert.equal(await page.locator('h1').textContent(), 'Årsrapport');
    assert.equal(await page.locator('iframe').getAttribute('title'), 'Årsrapport 2018');
    const frame = await reportFrame(page);
    assert.equal(await frame.locator('h1').textContent(), 'Årsrapport 2018');
    assert.ok((await frame.locator('.chart svg').count()) >= 1, 'no chart drawn in the report');
    const opened = page.getByRole('link', { name: /^Opne årsrapporten for 2018/ });
    assert.equal(await opened.getAttribute('target'), '_blank');
    assert.equal(await opened.getAttribute('href'), '/api/report?year=2018&lang=nn');
    const snapshot = await page.getByRole('link', { name: 'Last ned øyeblikksbiletet (JSON)' }).getAttribute('href');
    const answer = await fetch(new URL(snapshot, app.url));
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type'), /application\/json/);
    assert.match(await answer.text(), /POLYFON-konferansen 2018/);
    assert.match(await page.locator('main').textContent(), /polyfon report --year 2018 -o rapport\.pdf/);
    // In Bokmål, the frame shows the Bokmål report.
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src')?.endsWith('lang=nb'));
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('anyone sees the activities and the bodies', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await open(page, app.url, 'activities');
    const list = page.locator('table.pf-activities');
    assert.match(await list.textContent(), /POLYFON-konferansen 2018/);
    const conference = list.locator('tr[data-code="conference-2018"]');
    assert.match(await conference.textContent(), /22\.11\.2018.*Konferanse.*Griegakademiet.*ikkje rapportert.*Halden/);
    assert.equal(await page.getByRole('button', { name: /^Endre/ }).count(), 0);
    await page.getByLabel('År', { exact: true }).selectOption('2019');
    assert.equal(await list.locator('tbody tr').count(), 2);
    assert.equal(await page.locator('table.pf-activity-counts').count(), 1);

    await open(page, app.url, 'bodies');
    assert.equal(await page.locator('h1').textContent(), 'Organ');
    const steering = page.locator('section[data-body="steering-group"]');
    assert.match(await steering.locator('h2').textContent(), /Styringsgruppa/);
    assert.equal(await cellText(steering.locator('table'), 'Geir Lien', 'Rolle'), 'Leiar');
    assert.equal(await cellText(steering.locator('table'), 'Geir Lien', 'Periode'), '01.01.2017–31.12.2020');
    assert.equal(await cellText(steering.locator('table'), 'Geir Lien', 'Representerer'), BERGEN);
    // The header's "Klynga" is the section these pages are in.
    assert.equal(await page.locator('.pf-nav a[data-path="cluster"]').getAttribute('aria-current'), 'true');
    assert.equal(await page.locator('.pf-subnav a', { hasText: 'Organ' }).getAttribute('aria-current'), 'page');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a reporter adds an activity of its own participant, and not of another', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await signIn(page, app.url, USERS.reporter, 'activities?year=2018');
    const form = page.locator('form.pf-item-form');
    // Only Helse Bergen is rita's (HV-BERGEN).
    assert.deepEqual(await form.getByLabel('Arrangør').locator('option').evaluateAll((options) => options.map((o) => o.value)), ['HELSE-BERGEN']);
    await form.getByLabel('Kode').fill('webinar-e2e');
    await form.getByLabel('Tittel').fill('Webinar om musikkterapi i akuttpsykiatrien');
    await form.getByLabel('Type').selectOption('webinar');
    await form.getByLabel('Dato').fill('2018-05-02');
    await form.getByLabel(/^Deltakarar/).fill('42');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.locator('.ds-alert[data-color="success"]').waitFor();
    assert.match(await form.locator('.pf-item-status').textContent(), /er lagt til/);
    const row = page.locator('table.pf-activities tr[data-code="webinar-e2e"]');
    await row.waitFor();
    assert.match(await row.textContent(), /02\.05\.2018.*Webinar.*Webinar om musikkterapi i akuttpsykiatrien.*Helse Bergen HF.*42.*Halden/);
    // Its own activities have buttons, the others none.
    assert.equal(await page.getByRole('button', { name: 'Endre «Webinar om musikkterapi i akuttpsykiatrien»' }).count(), 1);
    assert.equal(await page.locator('tr[data-code="conference-2018"] button').count(), 0);

    // A form built from older data might still offer another participant: the server refuses it
    // and the page shows why.
    await form.getByLabel('Arrangør').evaluate((select) => select.add(new Option('Betanien sjukehus', 'BETANIEN')));
    await form.getByLabel('Kode').fill('webinar-betanien');
    await form.getByLabel('Tittel').fill('Webinar på Betanien');
    await form.getByLabel('Dato').fill('2018-06-01');
    await form.getByLabel('Arrangør').selectOption('BETANIEN');
    await form.getByRole('button', { name: 'Lagre' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /Tenaren tok ikkje imot endringa/);
    assert.match(await refusal.textContent(), /organiser 'BETANIEN' is not a participant of your own org units/);
    assert.equal(await page.locator('tr[data-code="webinar-betanien"]').count(), 0);

    // Changed, then deleted after a question.
    await page.getByRole('button', { name: 'Endre «Webinar om musikkterapi i akuttpsykiatrien»' }).click();
    assert.equal(await form.getByLabel('Kode').inputValue(), 'webinar-e2e');
    assert.equal(await form.getByLabel('Kode').getAttribute('readonly'), '');
    await form.getByLabel(/^Deltakarar/).fill('');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.locator('.ds-alert[data-color="success"]', { hasText: 'er endra' }).waitFor();
    assert.match(await row.textContent(), /ikkje rapportert/);
    await page.getByRole('button', { name: 'Slett «Webinar om musikkterapi i akuttpsykiatrien»' }).click();
    await page.getByRole('button', { name: 'Ja, slett' }).click();
    await page.locator('.pf-list-status .ds-alert[data-color="success"]').waitFor();
    assert.equal(await row.count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a coordinator adds a plan item past its due date, and it shows as overdue', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await signIn(page, app.url, USERS.coordinator, 'plan');
    assert.match(await page.locator('.pf-plan-summary').textContent(), /Ingen tiltak eller milepålar er registrerte/);
    const form = page.locator('form.pf-item-form');
    await form.getByLabel('Kode').fill('e2e-action');
    await form.getByLabel('Tittel').fill('Kartleggje musikkterapistillingar');
    await form.getByLabel('Type').selectOption('action');
    await form.getByLabel('Plan (år)').fill('2024');
    await form.getByLabel('Mål (valfritt)').selectOption('1');
    await form.getByLabel('Ansvarleg').selectOption('HELSE-BERGEN');
    await form.getByLabel('Frist').fill('2024-03-01');
    assert.equal(await form.getByLabel('Status').inputValue(), 'planned');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.locator('.ds-alert[data-color="success"]').waitFor();
    const row = page.locator('tr[data-code="e2e-action"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-overdue'), 'true');
    assert.match(await row.textContent(), /Kartleggje musikkterapistillingar.*Delmål 1.*Helse Bergen HF.*01\.03\.2024.*Planlagd forseinka/);
    assert.equal(await page.locator('h2', { hasText: 'Handlingsplan 2024' }).count(), 1);
    assert.equal(await page.locator('.pf-plan-summary').getAttribute('data-overdue'), '1');
    assert.match(await page.locator('.pf-plan-summary').textContent(), /1 av 1 tiltak og milepålar er forseinka/);
    // Done, it is no longer overdue.
    await page.getByRole('button', { name: 'Endre «Kartleggje musikkterapistillingar»' }).click();
    await form.getByLabel('Status').selectOption('done');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.locator('.ds-alert[data-color="success"]', { hasText: 'er endra' }).waitFor();
    assert.equal(await row.getAttribute('data-overdue'), null);
    assert.equal(await page.locator('.pf-plan-summary').getAttribute('data-overdue'), '0');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a reporter sets the contact person of its own participant on the cluster page', async () => {
    const page = await freshPage();
    const errors = watchErrors(page);
    await signIn(page, app.url, USERS.reporter, 'cluster');
    assert.equal(await page.getByRole('button', { name: 'Endre kontaktpersonen for Betanien sjukehus' }).count(), 0);
    await page.getByRole('button', { name: `Endre kontaktpersonen for ${BERGEN}` }).click();
    const field = page.getByLabel(`Kontaktperson for ${BERGEN}`);
    assert.ok(await field.evaluate((input) => input === document.activeElement));
    await field.fill('Kari Nordmann, kari.nordmann@helse-bergen.example');
    await page.locator('.pf-contact[data-participant="HELSE-BERGEN"]').getByRole('button', { name: 'Lagre' }).click();
    await page.locator('.pf-contact[data-participant="HELSE-BERGEN"] .pf-contact-saved').waitFor();
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('.pf-contact[data-participant="HELSE-BERGEN"] .pf-contact-text').textContent(), 'Kari Nordmann, kari.nordmann@helse-bergen.example');
    // Seen by anyone, signed in or not.
    await page.context().clearCookies();
    await page.reload();
    await waitForPage(page);
    assert.equal(await page.locator('.pf-account-user').count(), 0);
    assert.equal(await page.locator('.pf-contact[data-participant="HELSE-BERGEN"]').textContent(), 'Kari Nordmann, kari.nordmann@helse-bergen.example');
    assert.match(await page.locator('.pf-contact[data-participant="BETANIEN"]').textContent(), /ikkje registrert/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
