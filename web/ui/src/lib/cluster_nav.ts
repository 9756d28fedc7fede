// The cluster's own pages: participants, activities, plan and bodies, as a row of links under each
// of their headings. The header's "Klynga" stands for all four.
import { h } from './dom';
import { t, type Key } from '../i18n/i18n';

export const CLUSTER_PAGES: { path: string; key: Key }[] = [
  { path: 'cluster', key: 'cl.participantsNav' },
  { path: 'activities', key: 'nav.activities' },
  { path: 'plan', key: 'nav.plan' },
  { path: 'bodies', key: 'nav.bodies' },
];

export function clusterNav(current: string): HTMLElement {
  return h(
    'nav',
    { class: 'pf-subnav', 'aria-label': t('cl.sections') },
    h(
      'ul',
      {},
      CLUSTER_PAGES.map((page) =>
        h('li', {}, h('a', { class: 'ds-link', href: `#/${page.path}`, 'aria-current': page.path === current ? 'page' : null }, t(page.key))),
      ),
    ),
  );
}
