// The indicator explorer: choose an indicator or data element, units and years; see a chart and a
// table; download the rows (CSV, XLSX, JSON-stat from the server) or the chart (SVG, PNG).
import { analytics, analyticsUrl, dataElements, indicators, orgUnits, type AnalyticsRow, type OrgUnit } from '../lib/api';
import { chartFigure } from '../lib/chart';
import { indicatorChart } from '../lib/chart_source';
import { h, uid } from '../lib/dom';
import { DEFAULT_PERIOD, NATION, REGIONS } from '../lib/names';
import { failure, pageHeader, section } from '../lib/page';
import { navigate, type Route } from '../lib/router';
import { seriesSpec } from '../lib/specs';
import { longTable } from '../lib/tables';
import { t, tOr, type Key } from '../i18n/i18n';

const KIND_ORDER = ['nation', 'health_region', 'health_trust', 'catchment_area', 'hospital', 'clinic', 'service', 'county', 'municipality'];
// A group longer than this starts folded (every municipality of every year is a unit).
const OPEN_GROUP_LIMIT = 30;
const FIRST_YEAR = 2010;

function years(): number[] {
  const last = new Date().getFullYear();
  const list: number[] = [];
  for (let year = FIRST_YEAR; year <= last; year += 1) list.push(year);
  return list;
}

function kindLabel(kind: string): string {
  return KIND_ORDER.includes(kind) ? t(`kind.${kind}` as Key) : t('kind.other');
}

function field(label: string, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  return h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: id }, label), control);
}

function unitGroup(label: string, units: OrgUnit[], chosen: Set<string>): HTMLElement {
  const folded = units.length > OPEN_GROUP_LIMIT;
  const group = h(
    'fieldset',
    { class: 'ds-fieldset pf-unit-group' },
    h('legend', { class: folded ? 'pf-sr-only' : 'ds-label', 'data-weight': 'semibold' }, label),
    units.map((unit) => {
      const id = uid('ou');
      return h(
        'div',
        { class: 'ds-field' },
        h('input', { type: 'checkbox', class: 'ds-input', id, name: 'ou', value: unit.code, checked: chosen.has(unit.code) }),
        h('label', { for: id }, unit.name),
      );
    }),
  );
  if (!folded) return group;
  const open = units.some((unit) => chosen.has(unit.code));
  return h('details', { class: 'pf-unit-fold', open }, h('summary', { class: 'ds-label', 'data-weight': 'semibold' }, `${label} (${units.length})`), group);
}

function unitPicker(units: OrgUnit[], chosen: Set<string>, errorId: string): HTMLFieldSetElement {
  const groups = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    const kind = KIND_ORDER.includes(unit.kind) ? unit.kind : 'other';
    if (!groups.has(kind)) groups.set(kind, []);
    // A unit valid in several periods appears once.
    if (!groups.get(kind)!.some((other) => other.code === unit.code)) groups.get(kind)!.push(unit);
  }
  const kinds = [...groups.keys()].sort((a, b) => (KIND_ORDER.indexOf(a) + 99) % 99 - (KIND_ORDER.indexOf(b) + 99) % 99);
  return h(
    'fieldset',
    { class: 'ds-fieldset pf-units', 'aria-describedby': errorId },
    h('legend', { class: 'ds-label' }, t('exp.ou')),
    h(
      'div',
      { class: 'pf-unit-groups' },
      kinds.map((kind) => unitGroup(kindLabel(kind), groups.get(kind)!, chosen)),
    ),
  );
}

export async function renderExplorer(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('exp.title'), t('exp.lead')));
  const [defaultFrom, defaultTo] = DEFAULT_PERIOD.split(':');
  const dx = route.params.get('dx') ?? 'mt_patients_per_100k';
  const ou = (route.params.get('ou') ?? [...REGIONS, NATION].join(',')).split(',').filter(Boolean);
  const from = route.params.get('from') ?? defaultFrom;
  const to = route.params.get('to') ?? defaultTo;

  let units: OrgUnit[];
  let indicatorList;
  let elementList;
  try {
    [units, indicatorList, elementList] = await Promise.all([orgUnits(), indicators(), dataElements()]);
  } catch (error) {
    main.append(failure(error));
    return;
  }
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  const indicatorCodes = new Set(indicatorList.map((indicator) => indicator.code));

  const dxSelect = h(
    'select',
    { class: 'ds-input', name: 'dx' },
    h('optgroup', { label: t('exp.indicators') }, indicatorList.map((item) => h('option', { value: item.code, selected: item.code === dx }, tOr(`dx.${item.code}`, item.name)))),
    h('optgroup', { label: t('exp.elements') }, elementList.map((item) => h('option', { value: item.code, selected: item.code === dx }, tOr(`dx.${item.code}`, item.name)))),
  );
  const yearSelect = (name: string, value: string): HTMLSelectElement =>
    h('select', { class: 'ds-input', name }, years().map((year) => h('option', { value: String(year), selected: String(year) === value }, String(year))));
  const fromSelect = yearSelect('from', from);
  const toSelect = yearSelect('to', to);
  const errorId = uid('exp-error');
  const error = h('p', { class: 'ds-validation-message', id: errorId, 'data-color': 'danger', hidden: true });

  const form = h(
    'form',
    { class: 'pf-form pf-explorer-form', novalidate: true },
    field(t('exp.dx'), dxSelect, uid('dx')),
    unitPicker(units, new Set(ou), errorId),
    h('div', { class: 'pf-row' }, field(t('exp.from'), fromSelect, uid('from')), field(t('exp.to'), toSelect, uid('to'))),
    error,
    h('div', {}, h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary' }, t('exp.show'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name=ou]:checked')].map((input) => input.value);
    const problem = chosen.length === 0 ? t('exp.chooseOu') : Number(fromSelect.value) > Number(toSelect.value) ? t('exp.badYears') : '';
    error.textContent = problem;
    error.hidden = problem === '';
    if (problem) {
      (chosen.length === 0 ? form.querySelector<HTMLInputElement>('input[name=ou]') : fromSelect)?.focus();
      return;
    }
    navigate('explorer', { dx: dxSelect.value, ou: chosen.join(','), from: fromSelect.value, to: toSelect.value });
  });
  main.append(h('div', { class: 'pf-explorer' }, form, h('div', { class: 'pf-explorer-result', id: 'result' })));
  const result = main.querySelector<HTMLElement>('#result')!;

  const pe = `${from}:${to}`;
  let rows: AnalyticsRow[];
  try {
    rows = await analytics([dx], ou, pe);
  } catch (failed) {
    result.append(failure(failed));
    return;
  }
  const isRate = indicatorCodes.has(dx);
  const title = `${tOr(`dx.${dx}`, dx)}, ${from}–${to}`;
  const download = (format: string, label: string): HTMLElement =>
    h('a', { class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm', href: analyticsUrl([dx], ou, pe, format), download: '', 'data-format': format }, label);
  result.append(
    section(
      t('exp.result'),
      h('div', { class: 'pf-actions', role: 'group', 'aria-label': t('exp.downloads') }, h('span', { class: 'pf-actions-label' }, `${t('exp.downloads')}:`), download('csv', t('exp.csv')), download('xlsx', t('exp.xlsx')), download('json-stat', t('exp.jsonstat'))),
      rows.every((row) => row.status === 'missing')
        ? h('p', { class: 'pf-muted' }, t('exp.noRows'))
        : chartFigure({
            title,
            fileName: `polyfon-${dx}-${from}-${to}`,
            spec: indicatorChart({ dx, ou, pe }, () => seriesSpec({ rows, names, yTitle: tOr(`dx.${dx}`, dx), isRate, description: title })),
            table: longTable({ caption: title, rows, names, isRate: () => isRate, showDx: false }),
          }),
    ),
  );
}
