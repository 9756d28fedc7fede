import { t } from '../i18n/i18n';
import { h } from '../lib/dom';

export function renderNotFound(main: HTMLElement): void {
  main.append(h('h1', { class: 'ds-heading', 'data-size': 'lg' }, t('app.notFound')), h('p', {}, h('a', { href: '#/', class: 'ds-link' }, t('nav.dashboard'))));
}
