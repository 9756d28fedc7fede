// Vega-Lite specs built in the browser: used where the server's /api/chart is not available, and
// for the cluster charts, whose data are not indicator rows.
import type { AnalyticsRow } from './api';
import type { Spec } from './chart';
import { t } from '../i18n/i18n';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const PALETTE = ['#1e6fb8', '#d1661a', '#2e8b57', '#8e44ad', '#b8860b', '#c0392b', '#16a085', '#5d6d7e'];
const REFERENCE_COLOUR = '#333333';

export interface SeriesOptions {
  rows: AnalyticsRow[];
  names: Map<string, string>;
  yTitle: string;
  isRate: boolean;
  reference?: string; // org unit code drawn as the dashed equal-access line
  description: string;
}

// Lines per unit over the years, whiskers for the interval, and an optional dashed reference line.
export function seriesSpec(options: SeriesOptions): Spec {
  const units: string[] = [];
  const values = options.rows
    .filter((row) => row.status === 'ok' && row.value !== null)
    .map((row) => {
      const isReference = row.ou === options.reference;
      const unit = isReference ? t('chart.reference') : (options.names.get(row.ou) ?? row.ou);
      if (!units.includes(unit)) units.push(unit);
      return { unit, year: row.pe, value: row.value, low: row.ci_low, high: row.ci_high, reference: isReference };
    });
  const reference = options.reference ? t('chart.reference') : null;
  const ordered = units.filter((unit) => unit !== reference);
  if (reference && units.includes(reference)) ordered.push(reference);
  const range = ordered.map((unit, index) => (unit === reference ? REFERENCE_COLOUR : PALETTE[index % PALETTE.length]));
  const format = options.isRate ? ',.2f' : ',.0f';
  const color = { field: 'unit', type: 'nominal', title: null, scale: { domain: ordered, range } };
  const x = { field: 'year', type: 'ordinal', title: t('chart.year'), axis: { labelAngle: 0 } };
  const tooltip = [
    { field: 'unit', title: t('col.unit') },
    { field: 'year', title: t('col.year') },
    { field: 'value', title: t('col.value'), format },
    ...(options.isRate
      ? [
          { field: 'low', title: t('col.ciLow'), format },
          { field: 'high', title: t('col.ciHigh'), format },
        ]
      : []),
  ];
  const layers: Spec[] = [];
  if (options.isRate) {
    layers.push({
      mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.55 },
      encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color },
    });
  }
  layers.push({
    mark: { type: 'line', point: true },
    encoding: {
      x,
      y: { field: 'value', type: 'quantitative', title: options.yTitle, axis: { format } },
      color,
      strokeDash: {
        field: 'reference',
        type: 'nominal',
        legend: null,
        scale: { domain: [false, true], range: [[1, 0], [6, 4]] },
      },
      tooltip,
    },
  });
  return {
    $schema: SCHEMA,
    description: options.description,
    width: 'container',
    height: 320,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    layer: layers,
  };
}

// Stacked bars: participants per health region, coloured by kind of actor.
export function stackedBarSpec(values: { region: string; helix: string; count: number }[], description: string): Spec {
  return {
    $schema: SCHEMA,
    description,
    width: 'container',
    height: 260,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'bar', cornerRadiusEnd: 2 },
    encoding: {
      x: { field: 'region', type: 'nominal', title: t('col.region'), axis: { labelAngle: 0 } },
      y: { field: 'count', type: 'quantitative', title: t('chart.participants'), axis: { tickMinStep: 1 } },
      color: { field: 'helix', type: 'nominal', title: t('col.helix'), scale: { range: PALETTE } },
      tooltip: [
        { field: 'region', title: t('col.region') },
        { field: 'helix', title: t('col.helix') },
        { field: 'count', title: t('chart.participants') },
      ],
    },
  };
}

// One bar per participant and membership spell, from its start to the next change (or today).
export function timelineSpec(
  values: { name: string; status: string; from: string; to: string }[],
  description: string,
): Spec {
  const rows = new Set(values.map((value) => value.name)).size;
  return {
    $schema: SCHEMA,
    description,
    width: 'container',
    height: Math.max(120, rows * 22),
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'bar', height: 14, cornerRadius: 2 },
    encoding: {
      y: { field: 'name', type: 'nominal', title: null, sort: null, axis: { labelLimit: 260 } },
      x: { field: 'from', type: 'temporal', title: null, axis: { format: '%Y', tickCount: 'year' } },
      x2: { field: 'to' },
      color: {
        field: 'status',
        type: 'nominal',
        title: t('col.status'),
        scale: { range: ['#1e6fb8', '#9cc3e6', '#bbbbbb'] },
      },
      tooltip: [
        { field: 'name', title: t('col.name') },
        { field: 'status', title: t('col.status') },
        { field: 'from', title: t('col.since'), type: 'temporal', format: '%Y-%m' },
      ],
    },
  };
}

// Lines of a share (0–1) over the years per unit.
export function shareSpec(values: { unit: string; year: string; share: number }[], yTitle: string, description: string): Spec {
  return {
    $schema: SCHEMA,
    description,
    width: 'container',
    height: 260,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'line', point: true, interpolate: 'step-after' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: t('chart.year'), axis: { labelAngle: 0 } },
      y: { field: 'share', type: 'quantitative', title: yTitle, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
      color: { field: 'unit', type: 'nominal', title: null, scale: { range: PALETTE } },
      tooltip: [
        { field: 'unit', title: t('col.unit') },
        { field: 'year', title: t('col.year') },
        { field: 'share', title: yTitle, format: '.0%' },
      ],
    },
  };
}
