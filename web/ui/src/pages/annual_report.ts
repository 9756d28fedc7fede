// The annual report (#/annual-report?year=2018): the server's self-contained report page for the
// year in the interface language, shown in a frame, with links to open it on its own and to download
// the snapshot it is built from. The PDF is made on the command line.
import { h } from '../lib/dom';
import { pageHeader, section } from '../lib/page';
import type { Route } from '../lib/router';
import { yearRange, yearSelect } from '../lib/year_select';
import { lang, t } from '../i18n/i18n';

function reportUrl(year: number, format?: 'json'): string {
  return format ? `/api/report?year=${year}&format=${format}` : `/api/report?year=${year}&lang=${lang()}`;
}

export function renderAnnualReport(main: HTMLElement, route: Route): void {
  main.append(pageHeader(t('ar.title'), t('ar.lead')));
  const thisYear = new Date().getFullYear();
  const asked = Number(route.params.get('year'));
  let year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear - 1;

  const open = h('a', { class: 'ds-link', target: '_blank', rel: 'noopener' }, '');
  const snapshot = h('a', { class: 'ds-link' }, t('ar.snapshot'));
  const command = h('code', {});
  const frame = h('iframe', { class: 'pf-report-frame', loading: 'eager' });
  const show = (): void => {
    open.setAttribute('href', reportUrl(year));
    open.textContent = t('ar.open', { year });
    snapshot.setAttribute('href', reportUrl(year, 'json'));
    snapshot.setAttribute('download', `polyfon-arsrapport-${year}.snapshot.json`);
    command.textContent = `polyfon report --year ${year} -o rapport.pdf`;
    frame.setAttribute('title', t('ar.frame', { year }));
    frame.setAttribute('src', reportUrl(year));
  };
  show();

  main.append(
    h(
      'div',
      { class: 'pf-toolbar' },
      yearSelect({
        label: t('year.label'),
        years: yearRange(),
        value: String(year),
        onChange: (value) => {
          year = Number(value);
          history.replaceState(null, '', `#/annual-report?year=${value}`);
          show();
        },
      }),
      h('ul', { class: 'pf-links' }, h('li', {}, open, h('span', { class: 'pf-sr-only' }, ` ${t('ar.newTab')}`)), h('li', {}, snapshot)),
    ),
    h('p', { class: 'ds-paragraph pf-note' }, t('ar.snapshotHelp')),
    frame,
    section(t('ar.pdfHeading'), h('p', { class: 'ds-paragraph' }, t('ar.pdf')), h('pre', { class: 'pf-command' }, command)),
  );
}
