// The start page: patients with a music-therapy code per health region and year, as counts or per
// 100 000 with intervals and the national rate as the equal-access reference; national key
// figures; music-therapy positions over time.
import { analytics, type AnalyticsRow } from '../lib/api';
import { chartFigure } from '../lib/chart';
import { indicatorChart } from '../lib/chart_source';
import { h } from '../lib/dom';
import { formatInterval, formatValue } from '../lib/format';
import { DEFAULT_PERIOD, NATION, REGIONS, unitNames } from '../lib/names';
import { failure, pageHeader, section } from '../lib/page';
import type { Route } from '../lib/router';
import { seriesSpec } from '../lib/specs';
import { wideTable } from '../lib/tables';
import { toggleGroup } from '../lib/toggle';
import { t } from '../i18n/i18n';

const COUNT = 'mt_patients';
const RATE = 'mt_patients_per_100k';
const POSITIONS = 'mt_positions';
const UNITS = [...REGIONS, NATION];
// Positions are reported up to the current year.
const POSITION_PERIOD = `2015:${new Date().getFullYear()}`;

// Years that have data anywhere, in order.
function yearsWithData(rows: AnalyticsRow[]): string[] {
  return [...new Set(rows.filter((row) => row.status !== 'missing').map((row) => row.pe))].sort();
}

function keyFigure(label: string, value: string, detail?: string): HTMLElement {
  return h(
    'div',
    { class: 'ds-card pf-key', 'data-variant': 'tinted' },
    h('p', { class: 'pf-key-label' }, label),
    h('p', { class: 'pf-key-value' }, value),
    detail ? h('p', { class: 'pf-key-detail' }, detail) : null,
  );
}

function latest(rows: AnalyticsRow[], dx: string, ou: string): AnalyticsRow | undefined {
  return rows
    .filter((row) => row.dx === dx && row.ou === ou && row.status === 'ok' && row.value !== null)
    .sort((a, b) => a.pe.localeCompare(b.pe))
    .pop();
}

export async function renderDashboard(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('dash.title'), t('dash.lead')));
  let rows: AnalyticsRow[];
  let positions: AnalyticsRow[] = [];
  let names: Map<string, string>;
  try {
    [rows, names] = await Promise.all([analytics([COUNT, RATE], UNITS, DEFAULT_PERIOD), unitNames()]);
    positions = await analytics([POSITIONS], [NATION], POSITION_PERIOD).catch(() => []);
  } catch (error) {
    main.append(failure(error));
    return;
  }
  const years = yearsWithData(rows);
  // Charts span the years that have data, as the table does.
  const period = years.length > 0 ? `${years[0]}:${years[years.length - 1]}` : DEFAULT_PERIOD;

  // National key figures. (Positions are left out: the latest year often has few units reporting.)
  const patients = latest(rows, COUNT, NATION);
  const rate = latest(rows, RATE, NATION);
  main.append(
    section(
      t('dash.national'),
      h(
        'div',
        { class: 'pf-keys' },
        patients ? keyFigure(t('dash.nationalPatients', { year: patients.pe }), formatValue(patients.value, false)) : null,
        rate
          ? keyFigure(t('dash.nationalRate', { year: rate.pe }), formatValue(rate.value, true), `${t('col.ci')}: ${formatInterval(rate.ci_low, rate.ci_high, true)}`)
          : null,
      ),
    ),
  );

  // The key figure, counts or per 100 000.
  const holder = h('div', { class: 'pf-figure-holder' });
  const show = (view: string): void => {
    const isRate = view === 'rate';
    const dx = isRate ? RATE : COUNT;
    const selected = rows.filter((row) => row.dx === dx);
    const title = isRate ? t('dash.chartRate') : t('dash.chartCount');
    const spec = indicatorChart({ dx, ou: REGIONS, pe: period, reference: isRate ? NATION : undefined }, () =>
      seriesSpec({
        rows: isRate ? selected : selected.filter((row) => row.ou !== NATION),
        names,
        yTitle: isRate ? t('chart.per100k') : t('chart.patients'),
        isRate,
        reference: isRate ? NATION : undefined,
        description: title,
      }),
    );
    holder.replaceChildren(
      chartFigure({
        title,
        spec,
        fileName: isRate ? 'polyfon-pasientar-per-100k' : 'polyfon-pasientar',
        note: isRate ? t('dash.referenceNote') : undefined,
        table: wideTable({ caption: title, rows: selected, units: UNITS, years, names, isRate }),
      }),
    );
    holder.dataset.view = view;
  };
  const initial = route.params.get('view') === 'rate' ? 'rate' : 'count';
  main.append(
    section(
      t('dash.byRegion'),
      toggleGroup({
        label: t('dash.view'),
        choices: [
          { value: 'count', text: t('dash.viewCount') },
          { value: 'rate', text: t('dash.viewRate') },
        ],
        value: initial,
        onChange: (view) => {
          history.replaceState(null, '', view === 'rate' ? '#/?view=rate' : '#/');
          show(view);
        },
      }),
      holder,
    ),
  );
  show(initial);

  // Positions over time, for the whole country.
  const positionYears = yearsWithData(positions);
  main.append(
    section(
      t('dash.positionsTitle'),
      h('p', { class: 'ds-paragraph' }, t('dash.positionsLead')),
      positionYears.length === 0
        ? h('p', { class: 'pf-muted' }, t('dash.noPositions'))
        : chartFigure({
            title: `${t('chart.positions')}, ${names.get(NATION) ?? NATION}`,
            fileName: 'polyfon-stillingar',
            spec: indicatorChart({ dx: POSITIONS, ou: [NATION], pe: `${positionYears[0]}:${positionYears[positionYears.length - 1]}` }, () =>
              seriesSpec({ rows: positions, names, yTitle: t('chart.positions'), isRate: false, description: t('dash.positionsTitle') }),
            ),
            table: wideTable({ caption: t('dash.positionsTitle'), rows: positions, units: [NATION], years: positionYears, names, isRate: false }),
          }),
    ),
  );
}
