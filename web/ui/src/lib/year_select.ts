// A labelled year selector ("År": 2015 … this year, optionally "Alle år" first). Pages keep the choice
// in their address with history.replaceState, so that it can be shared and survives a reload.
import { h, uid } from './dom';

export const FIRST_YEAR = 2015;

// FIRST_YEAR … this year (plus `extra` years, e.g. those that have data), newest first.
export function yearRange(extra: number[] = []): number[] {
  const years = new Set<number>(extra.filter((year) => Number.isInteger(year)));
  for (let year = FIRST_YEAR; year <= new Date().getFullYear(); year += 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}

export function yearSelect(options: { label: string; years: number[]; value: string; allText?: string; onChange: (value: string) => void }): HTMLElement {
  const id = uid('year');
  const select = h(
    'select',
    { class: 'ds-input pf-year-select', id, name: 'year' },
    options.allText !== undefined ? h('option', { value: '', selected: options.value === '' }, options.allText) : null,
    options.years.map((year) => h('option', { value: String(year), selected: String(year) === options.value }, String(year))),
  );
  select.addEventListener('change', () => options.onChange(select.value));
  return h('div', { class: 'ds-field pf-year-field' }, h('label', { class: 'ds-label', for: id }, options.label), select);
}
