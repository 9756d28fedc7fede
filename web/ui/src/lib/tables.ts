// Data tables in Designsystemet's style. Suppressed cells read "skjult"/"hidden" and point to a note
// that explains why.
import type { AnalyticsRow } from './api';
import { h, uid, type Child } from './dom';
import { formatInterval, formatValue, statusText } from './format';
import { t, tOr } from '../i18n/i18n';
import { href } from './router';

// `captionHidden`: the caption is for screen readers only, where a heading right above says the same.
export function table(options: { caption?: string; captionHidden?: boolean; head: Child[]; rows: Child[][]; rowHeader?: boolean; className?: string }): HTMLTableElement {
  return h(
    'table',
    { class: `ds-table ${options.className ?? ''}`.trim(), 'data-zebra': true, 'data-border': true, 'data-size': 'sm' },
    options.caption ? h('caption', { class: options.captionHidden ? 'pf-sr-only' : null }, options.caption) : null,
    h('thead', {}, h('tr', {}, options.head.map((cell) => h('th', { scope: 'col' }, cell)))),
    h(
      'tbody',
      {},
      options.rows.map((cells) =>
        h('tr', {}, cells.map((cell, index) => (index === 0 && options.rowHeader !== false ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))),
      ),
    ),
  );
}

// The explanation that suppressed and missing cells refer to.
export function statusNote(id: string): HTMLElement {
  return h(
    'p',
    { class: 'pf-note ds-paragraph', 'data-size': 'sm', id },
    h('strong', {}, `${t('status.suppressed')}: `),
    t('status.suppressedHelp'),
    ' ',
    h('strong', {}, `${t('status.missing')}: `),
    t('status.missingHelp'),
  );
}

// One value cell: the figure (with its interval for rates), or the status word for suppressed/missing.
export function valueCell(row: AnalyticsRow | undefined, isRate: boolean, noteId: string, withInterval = true): HTMLTableCellElement {
  const status = row?.status ?? 'missing';
  const cell = h('td', { class: 'pf-num', 'data-status': status });
  if (row) {
    cell.dataset.ou = row.ou;
    cell.dataset.pe = row.pe;
    cell.dataset.dx = row.dx;
  }
  if (status !== 'ok' || row?.value === null || row?.value === undefined) {
    cell.setAttribute('aria-describedby', noteId);
    cell.append(h('span', { class: 'pf-status' }, statusText(status === 'ok' ? 'missing' : status)));
    return cell;
  }
  cell.append(h('span', { class: 'pf-value' }, formatValue(row.value, isRate)));
  if (withInterval && isRate && row.ci_low !== null && row.ci_high !== null) {
    cell.append(h('span', { class: 'pf-ci' }, formatInterval(row.ci_low, row.ci_high, isRate)));
  }
  return cell;
}

export function orgLink(code: string, names: Map<string, string>): HTMLAnchorElement {
  return h('a', { href: href(`org/${code}`), class: 'ds-link' }, names.get(code) ?? code);
}

// Years down, units across: the form of the dashboard's table.
export function wideTable(options: {
  caption: string;
  rows: AnalyticsRow[];
  units: string[];
  years: string[];
  names: Map<string, string>;
  isRate: boolean;
}): HTMLElement {
  const noteId = uid('status-note');
  const byKey = new Map(options.rows.map((row) => [`${row.ou}|${row.pe}`, row]));
  const element = h(
    'table',
    { class: 'ds-table pf-wide', 'data-zebra': true, 'data-border': true, 'data-size': 'sm' },
    h('caption', {}, options.caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, t('col.year')), options.units.map((unit) => h('th', { scope: 'col', class: 'pf-num' }, orgLink(unit, options.names)))),
    ),
    h(
      'tbody',
      {},
      options.years.map((year) =>
        h('tr', {}, h('th', { scope: 'row' }, year), options.units.map((unit) => valueCell(byKey.get(`${unit}|${year}`), options.isRate, noteId))),
      ),
    ),
  );
  return h('div', {}, element, statusNote(noteId));
}

// One row per unit, period and item: the form of the explorer's and the organisation page's tables.
export function longTable(options: { caption: string; rows: AnalyticsRow[]; names: Map<string, string>; isRate: (dx: string) => boolean; showDx: boolean }): HTMLElement {
  const noteId = uid('status-note');
  const head: Child[] = [
    ...(options.showDx ? [t('exp.dx')] : []),
    t('col.unit'),
    t('col.year'),
    t('col.value'),
    t('col.ci'),
    t('col.numerator'),
    t('col.denominator'),
    t('col.status'),
  ];
  // Rows without data would bury the ones with data; suppressed rows stay, marked as such.
  const shownRows = options.rows.filter((row) => row.status !== 'missing');
  const hidden = options.rows.length - shownRows.length;
  const body = shownRows.map((row) => {
    const rate = options.isRate(row.dx);
    const shown = row.status === 'ok' && row.value !== null;
    return h(
      'tr',
      { 'data-ou': row.ou, 'data-pe': row.pe, 'data-dx': row.dx },
      options.showDx ? h('td', {}, tOr(`dx.${row.dx}`, row.dx)) : null,
      h('th', { scope: 'row' }, orgLink(row.ou, options.names)),
      h('td', {}, row.pe),
      valueCell(row, rate, noteId, false),
      h('td', { class: 'pf-num' }, shown && rate ? formatInterval(row.ci_low, row.ci_high, true) : ''),
      h('td', { class: 'pf-num' }, shown ? formatValue(row.numerator, false) : ''),
      h('td', { class: 'pf-num' }, shown ? formatValue(row.denominator, false) : ''),
      h('td', {}, statusText(row.status)),
    );
  });
  return h(
    'div',
    {},
    h(
      'table',
      { class: 'ds-table', 'data-zebra': true, 'data-border': true, 'data-size': 'sm' },
      h('caption', {}, options.caption),
      h('thead', {}, h('tr', {}, head.map((cell) => h('th', { scope: 'col' }, cell)))),
      h('tbody', {}, body),
    ),
    hidden > 0 ? h('p', { class: 'pf-note ds-paragraph', 'data-size': 'sm' }, t('exp.hiddenMissing', { count: hidden })) : null,
    statusNote(noteId),
  );
}

// A table that may be wider than the column scrolls sideways; the region takes focus so that the
// keyboard can scroll it too.
export function scrollable(element: HTMLElement, label: string): HTMLElement {
  return h('div', { class: 'pf-table-wrap', tabindex: 0, role: 'region', 'aria-label': label }, element);
}
