// The application shell: skip link, header with product and cluster name, who is signed in, language
// switch, main navigation, and the page that the hash route names.
import '@digdir/designsystemet-css/theme';
import '@digdir/designsystemet-css';
import './style.css';

import { LANGS, lang, setLang, t, type Key } from './i18n/i18n';
import { CLUSTER_PAGES } from './lib/cluster_nav';
import { h } from './lib/dom';
import { currentRoute, href, onRouteChange, routeText, type Route } from './lib/router';
import { loadSession, onSessionChange, session, signOut } from './lib/session';
import { renderAccount } from './pages/account';
import { renderActivities } from './pages/activities';
import { renderAnnualReport } from './pages/annual_report';
import { renderBodies } from './pages/bodies';
import { renderCluster } from './pages/cluster';
import { renderDashboard } from './pages/dashboard';
import { renderExplorer } from './pages/explorer';
import { renderGoals } from './pages/goals';
import { renderLogin } from './pages/login';
import { renderNotFound } from './pages/not_found';
import { renderOrg } from './pages/org';
import { renderPlan } from './pages/plan';
import { renderReport } from './pages/report';

type PageRenderer = (main: HTMLElement, route: Route) => Promise<void> | void;

const PAGES: Record<string, PageRenderer> = {
  '': renderDashboard,
  explorer: renderExplorer,
  cluster: renderCluster,
  activities: renderActivities,
  plan: renderPlan,
  bodies: renderBodies,
  goals: renderGoals,
  'annual-report': renderAnnualReport,
  org: renderOrg,
  report: renderReport,
  login: renderLogin,
  account: renderAccount,
};

// The cluster's activities, plan and bodies are reached from the cluster page (lib/cluster_nav.ts).
const NAV: { path: string; key: Key }[] = [
  { path: '', key: 'nav.dashboard' },
  { path: 'explorer', key: 'nav.explorer' },
  { path: 'goals', key: 'nav.goals' },
  { path: 'cluster', key: 'nav.cluster' },
  { path: 'annual-report', key: 'nav.annualReport' },
  { path: 'report', key: 'nav.report' },
];

// Pages that belong under a menu item: the item is marked as the section the page is in.
const SECTION_OF: Record<string, string> = Object.fromEntries(CLUSTER_PAGES.map((page) => [page.path, 'cluster']));

const root = document.getElementById('app') as HTMLElement;
let main: HTMLElement;
let firstRender = true;

function logo(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'pf-logo');
  svg.innerHTML =
    '<rect width="32" height="32" rx="7" fill="currentColor"/><path d="M9 23V9h7a5 5 0 0 1 0 10h-4" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/><circle cx="22.5" cy="22.5" r="2.5" fill="#f3b33d"/>';
  return svg;
}

// The header's sign-in part: the user, the role, the account page and "Logg ut"; else "Logg inn",
// which comes back to the page it was followed from.
const accountArea = h('div', { class: 'pf-account', role: 'group' });

function signInHref(): string {
  const route = currentRoute();
  const here = route.path[0] === 'login' ? (route.params.get('next') ?? '') : routeText(route);
  return here ? href('login', { next: here }) : '#/login';
}

function renderAccountArea(): void {
  const who = session();
  accountArea.setAttribute('aria-label', t('auth.area'));
  if (!who.signedIn) {
    const link = h('a', { class: 'pf-account-link', href: signInHref(), 'data-path': 'login' }, t('auth.signIn'));
    // Pages change their address without a route change (a choice of view): read it when followed.
    link.addEventListener('click', () => link.setAttribute('href', signInHref()));
    accountArea.replaceChildren(link);
    return;
  }
  const role = who.role ? t(`role.${who.role}` as Key) : '';
  accountArea.replaceChildren(
    h('span', { class: 'pf-account-user' }, t('auth.signedInAs', { user: who.user, role })),
    h('a', { class: 'pf-account-link', href: '#/account', 'data-path': 'account' }, t('nav.account')),
    h(
      'button',
      {
        type: 'button',
        class: 'ds-button pf-account-signout',
        'data-variant': 'tertiary',
        'data-size': 'sm',
        onclick: () => {
          void signOut().then(() => accountArea.querySelector<HTMLElement>('a')?.focus());
        },
      },
      t('auth.signOut'),
    ),
  );
}

function renderShell(): void {
  document.documentElement.lang = lang();
  const skip = h('a', { class: 'ds-skip-link', href: '#main' }, t('app.skip'));
  // The hash is the router's, so the skip link moves focus itself.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  });
  const languages = h(
    'div',
    { class: 'pf-lang', role: 'group', 'aria-label': t('app.language') },
    LANGS.map((code) =>
      h(
        'button',
        {
          type: 'button',
          class: 'ds-button',
          'data-variant': code === lang() ? 'primary' : 'tertiary',
          'data-size': 'sm',
          lang: code,
          'aria-pressed': code === lang() ? 'true' : 'false',
          onclick: () => {
            setLang(code);
            renderShell();
            // Keyboard users stay where they were: on the language they chose.
            root.querySelector<HTMLButtonElement>(`.pf-lang button[lang="${code}"]`)?.focus();
            void renderRoute(currentRoute(), false);
          },
        },
        t(`lang.${code}` as Key),
      ),
    ),
  );
  const nav = h(
    'nav',
    { class: 'pf-nav', 'aria-label': t('app.nav') },
    h('ul', { class: 'pf-container' }, NAV.map((item) => h('li', {}, h('a', { href: `#/${item.path}`, 'data-path': item.path }, t(item.key))))),
  );
  renderAccountArea();
  main = h('main', { id: 'main', tabindex: '-1', class: 'pf-container pf-main' });
  root.replaceChildren(
    skip,
    h(
      'header',
      { class: 'pf-header' },
      h(
        'div',
        { class: 'pf-container pf-header-inner' },
        h('a', { class: 'pf-brand', href: '#/' }, logo(), h('span', { class: 'pf-brand-text' }, h('span', { class: 'pf-brand-name' }, t('app.product')), h('span', { class: 'pf-brand-cluster' }, t('app.cluster')))),
        h('div', { class: 'pf-header-tools' }, accountArea, languages),
      ),
      nav,
    ),
    main,
    h('footer', { class: 'pf-footer' }, h('div', { class: 'pf-container' }, h('p', { class: 'ds-paragraph', 'data-size': 'sm' }, t('app.footer')))),
  );
}

function markCurrentNav(route: Route): void {
  const section = route.path[0] ?? '';
  // The sign-in link keeps pointing back to the page being shown.
  if (!session().signedIn) renderAccountArea();
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.pf-account a')) {
    if (link.dataset.path === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.pf-nav a')) {
    if (link.dataset.path === section) link.setAttribute('aria-current', 'page');
    else if (link.dataset.path === SECTION_OF[section]) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

async function renderRoute(route: Route, moveFocus = true): Promise<void> {
  markCurrentNav(route);
  const page = PAGES[route.path[0] ?? ''] ?? renderNotFound;
  const container = h('div', { class: 'pf-page' });
  main.replaceChildren(container);
  main.removeAttribute('data-ready');
  try {
    await page(container, route);
  } finally {
    if (container.isConnected) main.dataset.ready = 'true';
  }
  const heading = container.querySelector('h1');
  document.title = heading ? `${heading.textContent} – ${t('app.product')}` : t('app.product');
  // After navigation (not on first load), focus goes to the new page's heading for screen readers.
  if (!firstRender && moveFocus && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  firstRender = false;
}

renderShell();
void loadSession().then(() => {
  renderAccountArea();
  markCurrentNav(currentRoute());
});
void renderRoute(currentRoute());
// After signing in or out, the figures are fetched again: what the server shows depends on who asks.
// The sign-in page moves on by itself.
onSessionChange(() => {
  renderAccountArea();
  const route = currentRoute();
  markCurrentNav(route);
  if (route.path[0] !== 'login') void renderRoute(route, false);
});
onRouteChange((route) => {
  if (location.hash !== '' && !location.hash.startsWith('#/')) return;
  void renderRoute(route);
});
