// The sign-in page (#/login?next=ROUTE): user name and password, an error summary and the field's own
// message for a wrong password or too many attempts, and back to where the visitor came from.
import { h, uid } from '../lib/dom';
import { alert, pageHeader } from '../lib/page';
import type { Route } from '../lib/router';
import { loadSession, signIn } from '../lib/session';
import { locale, t, type Key } from '../i18n/i18n';

// Where to go after signing in: a route of this application ("report?ou=..."), never another site.
export function nextRoute(route: Route): string {
  const next = (route.params.get('next') ?? '').replace(/^[#/]+/, '');
  if (/^[a-z-]*([/?]|$)/i.test(next) && !/^login([/?]|$)/.test(next)) return next;
  return '';
}

function roleText(role: string | null): string {
  return role ? t(`role.${role}` as Key) : '';
}

function retryText(seconds: number | null): string {
  if (seconds === null) return t('login.throttledSoon');
  const at = new Date(Date.now() + seconds * 1000);
  const time = at.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });
  return t('login.throttled', { minutes: Math.max(1, Math.ceil(seconds / 60)), time });
}

export async function renderLogin(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('login.title'), t('login.lead')));
  const next = nextRoute(route);
  const current = await loadSession();
  if (current.signedIn) {
    main.append(
      alert('info', h('p', {}, t('login.already', { user: current.user, role: roleText(current.role) })), h('p', {}, h('a', { class: 'ds-link', href: `#/${next}` }, t('login.continue')))),
    );
    return;
  }

  const userId = uid('login-user');
  const passwordId = uid('login-password');
  const user = h('input', { class: 'ds-input', id: userId, name: 'username', type: 'text', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true, 'aria-describedby': `${userId}-msg` });
  const password = h('input', { class: 'ds-input', id: passwordId, name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': `${passwordId}-msg` });
  const userMessage = h('p', { class: 'ds-validation-message', 'data-field': 'validation', 'data-color': 'danger', id: `${userId}-msg`, hidden: true });
  const passwordMessage = h('p', { class: 'ds-validation-message', 'data-field': 'validation', 'data-color': 'danger', id: `${passwordId}-msg`, hidden: true });
  const status = h('div', { class: 'pf-report-status pf-login-status', tabindex: '-1' });
  const submit = h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary' }, t('login.submit'));
  const form = h(
    'form',
    { class: 'pf-form pf-login', novalidate: true },
    status,
    h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: userId }, t('login.user')), user, userMessage),
    h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: passwordId }, t('login.password')), password, passwordMessage),
    h('div', {}, submit),
    h('p', { class: 'ds-paragraph pf-muted', 'data-size': 'sm' }, t('login.help')),
  );
  main.append(form);

  const mark = (input: HTMLInputElement, message: HTMLElement, text: string): void => {
    message.textContent = text;
    message.hidden = text === '';
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  const summary = (problems: { input: HTMLInputElement; text: string }[]): void => {
    status.replaceChildren(
      h(
        'div',
        { class: 'ds-error-summary', role: 'alert' },
        h('h2', { class: 'ds-heading', 'data-size': 'xs' }, t('login.errors')),
        h('ul', {}, problems.map(({ input, text }) => h('li', {}, h('a', { class: 'ds-link', href: `#${input.id}`, onclick: (e: Event) => { e.preventDefault(); input.focus(); } }, text)))),
      ),
    );
    status.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  const send = async (): Promise<void> => {
    const name = user.value.trim();
    mark(user, userMessage, name === '' ? t('login.missingUser') : '');
    mark(password, passwordMessage, password.value === '' ? t('login.missingPassword') : '');
    const missing = [
      ...(name === '' ? [{ input: user, text: t('login.missingUser') }] : []),
      ...(password.value === '' ? [{ input: password, text: t('login.missingPassword') }] : []),
    ];
    if (missing.length > 0) {
      summary(missing);
      return;
    }
    status.replaceChildren();
    submit.disabled = true;
    submit.textContent = t('login.busy');
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn(name, password.value);
    } catch (error) {
      result = { ok: false, status: 0, retryAfterSeconds: null, message: error instanceof Error ? error.message : String(error) };
    } finally {
      submit.disabled = false;
      submit.textContent = t('login.submit');
    }
    if (result.ok) {
      location.hash = `#/${next}`;
      return;
    }
    const text =
      result.status === 401 ? t('login.wrong') : result.status === 429 ? retryText(result.retryAfterSeconds) : t('login.failed', { message: result.message });
    password.value = '';
    mark(password, passwordMessage, text);
    summary([{ input: password, text }]);
  };
}
