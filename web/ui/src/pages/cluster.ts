// The cluster: participants by kind of actor and health region, membership over time with each
// participant's contact person, and coverage (the share of each region's health trusts that are full
// members). Reporters change their own participants' contact person in the table, coordinators any.
import { ApiError, coverage, participants, setParticipantContact, type CoverageRow, type Participant } from '../lib/api';
import { chartFigure } from '../lib/chart';
import { countsByHelixAndRegion, currentStatus, helixLabel, historyText, memberLabel, spells } from '../lib/cluster_data';
import { clusterNav } from '../lib/cluster_nav';
import { h, uid } from '../lib/dom';
import { formatNumber, formatPercent } from '../lib/format';
import { DEFAULT_PERIOD, REGIONS, unitNames } from '../lib/names';
import { alert, failure, pageHeader, section } from '../lib/page';
import { mayWriteFor, writableParticipants } from '../lib/permissions';
import { href } from '../lib/router';
import { loadSession, recheckSession } from '../lib/session';
import { shareSpec, stackedBarSpec, timelineSpec } from '../lib/specs';
import { orgLink, table } from '../lib/tables';
import { t } from '../i18n/i18n';

function helixSection(list: Participant[], names: Map<string, string>): HTMLElement {
  const counts = countsByHelixAndRegion(list);
  const regions = [...new Set([...REGIONS.filter((region) => counts.some((c) => c.region === region)), ...counts.map((c) => c.region)])];
  const helixes = [...new Set(counts.map((c) => c.helix))].sort((a, b) => helixLabel(a).localeCompare(helixLabel(b)));
  const count = (helix: string, region: string): number => counts.find((c) => c.helix === helix && c.region === region)?.count ?? 0;
  const grid = table({
    caption: t('cl.byHelix'),
    head: [t('col.helix'), ...regions.map((region) => names.get(region) ?? region), t('col.total')],
    rows: [
      ...helixes.map((helix) => [helixLabel(helix), ...regions.map((region) => formatNumber(count(helix, region))), formatNumber(regions.reduce((sum, region) => sum + count(helix, region), 0))]),
      [t('col.total'), ...regions.map((region) => formatNumber(helixes.reduce((sum, helix) => sum + count(helix, region), 0))), formatNumber(counts.reduce((sum, c) => sum + c.count, 0))],
    ],
  });
  return section(
    t('cl.byHelix'),
    h('p', { class: 'ds-paragraph' }, t('cl.byHelixNote')),
    chartFigure({
      title: t('cl.byHelix'),
      fileName: 'polyfon-deltakarar',
      spec: Promise.resolve(stackedBarSpec(counts.map((c) => ({ region: names.get(c.region) ?? c.region, helix: helixLabel(c.helix), count: c.count })), t('cl.byHelix'))),
      table: grid,
    }),
  );
}

// The contact person, and for those who may change it an "Endre" button that opens a field in the
// cell; saved with PUT /api/participants/CODE/contact.
function contactCell(participant: Participant, editable: boolean): HTMLElement {
  const cell = h('div', { class: 'pf-contact', 'data-participant': participant.code });
  let contact = participant.contact ?? '';
  const text = (): HTMLElement => (contact ? h('span', { class: 'pf-contact-text' }, contact) : h('span', { class: 'pf-contact-text pf-status' }, t('cl.contactNone')));
  const showText = (message?: HTMLElement): void => {
    if (!editable) {
      cell.replaceChildren(text());
      return;
    }
    const edit = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', 'aria-label': t('cl.contactEditLabel', { name: participant.name }) }, t('form.edit'));
    edit.addEventListener('click', showField);
    cell.replaceChildren(text(), ' ', edit, message ?? '');
    if (message) edit.focus();
  };
  const showField = (): void => {
    const id = uid('contact');
    const input = h('input', { class: 'ds-input', id, type: 'text', name: 'contact', autocomplete: 'off', maxlength: 500, value: contact });
    const save = h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary', 'data-size': 'sm' }, t('form.save'));
    const cancel = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' }, t('form.cancel'));
    const status = h('div', { class: 'pf-report-status' });
    const form = h(
      'form',
      { class: 'pf-contact-form', novalidate: true },
      h('label', { class: 'ds-label pf-sr-only', for: id }, t('cl.contactLabel', { name: participant.name })),
      input,
      h('div', { class: 'pf-actions' }, save, cancel),
      status,
    );
    cancel.addEventListener('click', () => showText());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save.disabled = true;
      void setParticipantContact(participant.code, input.value.trim()).then(
        () => {
          contact = input.value.trim();
          showText(h('span', { class: 'pf-contact-saved', role: 'status' }, t('cl.contactSaved')));
        },
        async (error: unknown) => {
          save.disabled = false;
          status.replaceChildren(alert('danger', h('p', {}, t('cl.contactFailed')), h('p', { class: 'pf-server-message' }, error instanceof Error ? error.message : String(error))));
          if (error instanceof ApiError && error.status === 401) await recheckSession();
        },
      );
    });
    cell.replaceChildren(form);
    input.focus();
  };
  showText();
  return cell;
}

function timelineSection(list: Participant[], names: Map<string, string>, writable: Set<string> | 'all'): HTMLElement {
  const rows = list.map((participant) => [
    participant.org_unit ? h('a', { class: 'ds-link', href: href(`org/${participant.org_unit}`) }, participant.name) : participant.name,
    helixLabel(participant.helix),
    names.get(participant.health_region) ?? participant.health_region,
    memberLabel(currentStatus(participant)),
    contactCell(participant, mayWriteFor(writable, participant.code)),
    historyText(participant),
  ]);
  return section(
    t('cl.timeline'),
    chartFigure({
      title: t('cl.timeline'),
      fileName: 'polyfon-medlemskap',
      spec: Promise.resolve(timelineSpec(spells(list), t('cl.timeline'))),
      table: table({ caption: t('cl.participants'), className: 'pf-members', head: [t('col.name'), t('col.helix'), t('col.region'), t('col.status'), t('cl.contact'), t('col.history')], rows }),
    }),
  );
}

function coverageSection(rows: CoverageRow[], names: Map<string, string>): HTMLElement {
  const share = (row: CoverageRow): number => Number(row.coverage ?? row.value ?? 0);
  const years = [...new Set(rows.map((row) => row.pe))].sort();
  const units = [...new Set(rows.map((row) => row.ou))];
  const find = (ou: string, pe: string): CoverageRow | undefined => rows.find((row) => row.ou === ou && row.pe === pe);
  const cell = (row: CoverageRow | undefined): string => {
    if (!row) return '–';
    const members = row.members !== undefined && row.units !== undefined ? ` (${row.members}/${row.units})` : '';
    return `${formatPercent(share(row))}${members}`;
  };
  return section(
    t('cl.coverage'),
    h('p', { class: 'ds-paragraph' }, t('cl.coverageLead')),
    chartFigure({
      title: t('cl.coverage'),
      fileName: 'polyfon-dekningsgrad',
      spec: Promise.resolve(shareSpec(rows.map((row) => ({ unit: names.get(row.ou) ?? row.ou, year: row.pe, share: share(row) })), t('col.coverage'), t('cl.coverage'))),
      table: table({
        caption: `${t('cl.coverage')} (${t('col.members').toLowerCase()} / ${t('col.trusts').toLowerCase()})`,
        head: [t('col.year'), ...units.map((ou) => orgLink(ou, names))],
        rows: years.map((pe) => [pe, ...units.map((ou) => cell(find(ou, pe)))]),
      }),
    }),
  );
}

export async function renderCluster(main: HTMLElement): Promise<void> {
  main.append(pageHeader(t('cl.title'), t('cl.lead')), clusterNav('cluster'));
  const names = await unitNames();
  const [list, coverageRows] = await Promise.allSettled([participants(), coverage(REGIONS, DEFAULT_PERIOD)]);
  if (list.status === 'fulfilled') {
    const writable = await writableParticipants(await loadSession(), list.value);
    main.append(helixSection(list.value, names), timelineSection(list.value, names, writable));
  } else {
    main.append(section(t('cl.byHelix'), failure(list.reason)));
  }
  if (coverageRows.status === 'fulfilled') main.append(coverageSection(coverageRows.value, names));
  else main.append(section(t('cl.coverage'), failure(coverageRows.reason)));
}
