// One organisation unit: where it sits, its figures over time, its units and its membership in the
// cluster.
import { analytics, ApiError, orgUnit, type AnalyticsRow, type OrgUnitDetail } from '../lib/api';
import { chartFigure } from '../lib/chart';
import { indicatorChart } from '../lib/chart_source';
import { helixLabel, historyText, memberLabel } from '../lib/cluster_data';
import { h, uid } from '../lib/dom';
import { unitNames } from '../lib/names';
import { alert, failure, pageHeader, section } from '../lib/page';
import { href, type Route } from '../lib/router';
import { seriesSpec } from '../lib/specs';
import { statusNote, table, valueCell } from '../lib/tables';
import { t, tOr } from '../i18n/i18n';

const ITEMS = ['population', 'mt_patients', 'mt_patients_per_100k', 'mt_positions'];
const RATES = new Set(['mt_patients_per_100k']);

function kindText(kind: string): string {
  return tOr(`unitKind.${kind}`, kind);
}

function figuresTable(rows: AnalyticsRow[], items: string[], years: string[], caption: string): HTMLElement {
  const noteId = uid('status-note');
  const byKey = new Map(rows.map((row) => [`${row.dx}|${row.pe}`, row]));
  return h(
    'div',
    {},
    h(
      'table',
      { class: 'ds-table', 'data-zebra': true, 'data-border': true, 'data-size': 'sm' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('col.year')), items.map((dx) => h('th', { scope: 'col', class: 'pf-num' }, tOr(`dx.${dx}`, dx))))),
      h('tbody', {}, years.map((year) => h('tr', {}, h('th', { scope: 'row' }, year), items.map((dx) => valueCell(byKey.get(`${dx}|${year}`), RATES.has(dx), noteId))))),
    ),
    statusNote(noteId),
  );
}

export async function renderOrg(main: HTMLElement, route: Route): Promise<void> {
  const code = route.path[1] ?? '';
  let unit: OrgUnitDetail;
  try {
    unit = await orgUnit(code);
  } catch (error) {
    main.append(pageHeader(`${t('org.title')} ${code}`));
    main.append(error instanceof ApiError && error.status === 404 && error.message.includes(code) ? alert('warning', h('p', {}, error.message)) : failure(error));
    return;
  }
  const names = await unitNames();
  main.append(pageHeader(unit.name));
  main.append(
    h(
      'dl',
      { class: 'pf-facts' },
      h('dt', {}, t('col.kind')),
      h('dd', {}, kindText(unit.kind)),
      h('dt', {}, t('col.code')),
      h('dd', {}, unit.code),
      unit.ancestors?.length
        ? [
            h('dt', {}, t('org.parent')),
            h('dd', {}, unit.ancestors.map((ancestor, index) => [index > 0 ? ' › ' : '', h('a', { class: 'ds-link', href: href(`org/${ancestor.code}`) }, ancestor.name)])),
          ]
        : null,
    ),
  );

  const lastYear = String(new Date().getFullYear());
  const rows = await analytics(ITEMS, [unit.code], `2015:${lastYear}`).catch(() => [] as AnalyticsRow[]);
  const withData = rows.filter((row) => row.status !== 'missing');
  const years = [...new Set(withData.map((row) => row.pe))].sort();
  const items = ITEMS.filter((dx) => withData.some((row) => row.dx === dx));
  if (years.length === 0) {
    main.append(section(t('org.figures'), h('p', { class: 'pf-muted' }, t('exp.noRows'))));
  } else {
    // The music-therapy figures make the chart; population only where a unit has nothing else.
    const charted = (dx: string) => withData.some((row) => row.dx === dx && row.status === 'ok');
    const chartDx = items.find((dx) => dx !== 'population' && charted(dx)) ?? items.find(charted) ?? items[0];
    const title = `${tOr(`dx.${chartDx}`, chartDx)}, ${unit.name}`;
    const pe = `${years[0]}:${years[years.length - 1]}`;
    main.append(
      section(
        t('org.figures'),
        chartFigure({
          title,
          fileName: `polyfon-${unit.code}`,
          spec: indicatorChart({ dx: chartDx, ou: [unit.code], pe }, () =>
            seriesSpec({ rows: rows.filter((row) => row.dx === chartDx), names, yTitle: tOr(`dx.${chartDx}`, chartDx), isRate: RATES.has(chartDx), description: title }),
          ),
          table: figuresTable(rows, items, years, `${t('org.figures')}: ${unit.name}`),
        }),
      ),
    );
  }

  const children = unit.children ?? [];
  main.append(
    section(
      t('org.children'),
      children.length === 0
        ? h('p', { class: 'pf-muted' }, t('org.noChildren'))
        : table({
            caption: t('org.children'),
            captionHidden: true,
            head: [t('col.name'), t('col.kind'), t('col.code')],
            rows: children.map((child) => [h('a', { class: 'ds-link', href: href(`org/${child.code}`) }, child.name), kindText(child.kind), child.code]),
          }),
    ),
  );

  const members = unit.participants ?? [];
  main.append(
    section(
      t('org.membership'),
      members.length === 0
        ? h('p', { class: 'pf-muted' }, t('org.noMembership'))
        : table({
            caption: t('org.membership'),
            captionHidden: true,
            className: 'pf-members',
            head: [t('col.name'), t('col.helix'), t('col.status'), t('col.history')],
            rows: members.map((member) => [
              member.name,
              helixLabel(member.helix),
              memberLabel(member.status),
              'history' in member ? historyText(member as never) : '',
            ]),
          }),
    ),
  );
}
