// Charts with vega-embed (loaded on first use, so the page shell comes up at once), SVG rendering,
// Norwegian number formats, and downloads as SVG or PNG through view.toImageURL.
import type { View } from 'vega';
import { lang, t } from '../i18n/i18n';
import { h } from './dom';

export type Spec = Record<string, unknown>;

const FONT = '"Inter Variable", Inter, "Liberation Sans", Arial, sans-serif';
const NORWEGIAN = { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] };

const CONFIG = {
  font: FONT,
  background: null,
  view: { stroke: null },
  legend: { aria: false, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 500, orient: 'bottom', direction: 'horizontal' },
  range: { category: ['#1e6fb8', '#d1661a', '#2e8b57', '#8e44ad', '#b8860b', '#c0392b', '#16a085', '#5d6d7e'] },
  // The chart is labelled as one image (see labelChart); marks, axes and legends carry no ARIA.
  mark: { aria: false },
  axis: { aria: false, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 500, grid: true, gridColor: '#e3e6ea', domainColor: '#888' },
  axisX: { labelAngle: 0 },
  errorbar: { ticks: { size: 10 } },
  line: { strokeWidth: 2.5 },
  point: { size: 50, filled: true },
};

export async function renderChart(container: HTMLElement, spec: Spec): Promise<View> {
  const [{ default: embed }, { expressionInterpreter }] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
  const result = await embed(container, { ...spec, config: { ...CONFIG, ...((spec.config as object) ?? {}) } } as never, {
    renderer: 'svg',
    actions: false,
    // Vega compiles expressions with new Function unless given an interpreter; the server's
    // Content-Security-Policy allows no eval.
    ast: true,
    expr: expressionInterpreter,
    formatLocale: lang() === 'en' ? undefined : NORWEGIAN,
  });
  return result.view;
}

// The chart is one image named by its title; its figures are in the table beside it. Vega's own
// ARIA roles on marks and axes would make screen readers walk hundreds of unnamed shapes.
function labelChart(chart: HTMLElement, title: string): void {
  const svg = chart.querySelector('svg');
  if (!svg) return;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}. ${t('chart.dataTable')}.`);
  svg.removeAttribute('aria-roledescription');
  for (const element of svg.querySelectorAll('[role], [aria-label], [aria-roledescription]')) {
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-roledescription');
  }
}

async function download(view: View, type: 'svg' | 'png', name: string): Promise<void> {
  const url = await view.toImageURL(type, type === 'png' ? 2 : 1);
  const link = h('a', { href: url, download: `${name}.${type}` });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

// A figure: title, chart, its download buttons, and the same figures as a table below.
export function chartFigure(options: {
  title: string;
  spec: Promise<Spec>;
  table: HTMLElement;
  fileName: string;
  note?: HTMLElement | string;
}): HTMLElement {
  const chart = h('div', { class: 'pf-chart' }, h('p', { class: 'pf-muted' }, t('app.loading')));
  const svgButton = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm', disabled: true }, t('chart.downloadSvg'));
  const pngButton = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm', disabled: true }, t('chart.downloadPng'));
  const figure = h(
    'figure',
    { class: 'pf-figure' },
    h('figcaption', { class: 'ds-heading', 'data-size': 'xs' }, options.title),
    chart,
    options.note ? h('p', { class: 'pf-note ds-paragraph', 'data-size': 'sm' }, options.note) : null,
    h('div', { class: 'pf-actions' }, svgButton, pngButton),
    // A wide table scrolls sideways; the region takes focus so the keyboard can scroll it too.
    h('div', { class: 'pf-table-wrap', tabindex: 0, role: 'region', 'aria-label': options.title }, options.table),
  );
  options.spec
    .then(async (spec) => {
      chart.replaceChildren();
      const view = await renderChart(chart, spec);
      labelChart(chart, options.title);
      svgButton.disabled = false;
      pngButton.disabled = false;
      svgButton.addEventListener('click', () => void download(view, 'svg', options.fileName));
      pngButton.addEventListener('click', () => void download(view, 'png', options.fileName));
      figure.dataset.rendered = 'true';
    })
    .catch((error: unknown) => {
      chart.replaceChildren(h('p', { class: 'pf-muted' }, t('app.error', { message: String((error as Error).message ?? error) })));
      figure.dataset.rendered = 'error';
    });
  return figure;
}
