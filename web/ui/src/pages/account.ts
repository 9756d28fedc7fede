// The signed-in user's account (#/account): who and which role, and the API tokens for scripts —
// listed (never their secrets), made (the secret shown once) and revoked.
import { ApiError, apiTokens, createApiToken, revokeApiToken, type ApiToken } from '../lib/api';
import { h, uid } from '../lib/dom';
import { alert, failure, pageHeader, section } from '../lib/page';
import { href, type Route } from '../lib/router';
import { loadSession, recheckSession } from '../lib/session';
import { table } from '../lib/tables';
import { locale, t, type Key } from '../i18n/i18n';

function when(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}

function problem(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function renderAccount(main: HTMLElement, _route: Route): Promise<void> {
  const current = await loadSession();
  if (!current.signedIn) {
    main.append(
      pageHeader(t('account.title')),
      alert('info', h('p', {}, t('account.signInFirst')), h('p', {}, h('a', { class: 'ds-link', href: href('login', { next: 'account' }) }, t('auth.signIn')))),
    );
    return;
  }
  const role = current.role ? t(`role.${current.role}` as Key) : '';
  main.append(pageHeader(t('account.title'), t('account.lead', { user: current.user, role })));
  if (current.role === 'reporter' && current.orgUnits.length > 0) {
    main.append(h('p', { class: 'ds-paragraph' }, t('account.units', { units: current.orgUnits.join(', ') })));
  }

  const status = h('div', { class: 'pf-report-status pf-account-status', tabindex: '-1' });
  const listHolder = h('div', { class: 'pf-tokens' });
  const labelId = uid('token-label');
  const label = h('input', { class: 'ds-input', id: labelId, name: 'label', type: 'text', autocomplete: 'off', maxlength: 200, 'aria-describedby': `${labelId}-desc ${labelId}-msg` });
  const labelMessage = h('p', { class: 'ds-validation-message', 'data-field': 'validation', 'data-color': 'danger', id: `${labelId}-msg`, hidden: true });
  const create = h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary' }, t('account.create'));
  const form = h(
    'form',
    { class: 'pf-form pf-token-form', novalidate: true },
    h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: labelId }, t('account.tokenLabel')), h('p', { 'data-field': 'description', id: `${labelId}-desc` }, t('account.tokenLabelHelp')), label, labelMessage),
    h('div', {}, create),
  );
  main.append(section(t('account.tokens'), h('p', { class: 'ds-paragraph pf-note' }, t('account.tokensLead')), status, listHolder, form));

  const showFailure = async (error: unknown): Promise<void> => {
    status.replaceChildren(alert('danger', h('p', {}, t('account.failed', { message: problem(error) }))));
    status.focus();
    // A 401 means the session has ended; the shell then shows the page as to anyone signed out.
    if (error instanceof ApiError && error.status === 401) await recheckSession();
  };

  const revoke = async (token: ApiToken, button: HTMLButtonElement): Promise<void> => {
    button.disabled = true;
    try {
      await revokeApiToken(token.id);
      status.replaceChildren(alert('success', h('p', {}, t('account.revoked', { label: token.label }))));
      await refresh();
      status.focus();
    } catch (error) {
      button.disabled = false;
      await showFailure(error);
    }
  };

  const refresh = async (): Promise<void> => {
    let tokens: ApiToken[];
    try {
      tokens = await apiTokens();
    } catch (error) {
      listHolder.replaceChildren(failure(error));
      return;
    }
    if (tokens.length === 0) {
      listHolder.replaceChildren(h('p', { class: 'ds-paragraph pf-muted' }, t('account.noTokens')));
      return;
    }
    listHolder.replaceChildren(
      table({
        caption: t('account.tokens'),
        captionHidden: true,
        className: 'pf-token-table',
        head: [t('account.colLabel'), t('account.colCreated'), t('account.colRevoked'), t('account.colAction')],
        rows: tokens.map((token) => {
          const button = token.revoked_at
            ? null
            : h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-color': 'danger', 'data-size': 'sm', 'aria-label': t('account.revokeLabel', { label: token.label }) }, t('account.revoke'));
          button?.addEventListener('click', () => void revoke(token, button));
          return [token.label, when(token.created_at), token.revoked_at ? when(token.revoked_at) : t('account.active'), button];
        }),
      }),
    );
    for (const [index, row] of [...listHolder.querySelectorAll('tbody tr')].entries()) {
      row.setAttribute('data-token', String(tokens[index].id));
      if (tokens[index].revoked_at) row.setAttribute('data-revoked', 'true');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void make();
  });

  const make = async (): Promise<void> => {
    const text = label.value.trim();
    labelMessage.textContent = text === '' ? t('account.tokenLabelMissing') : '';
    labelMessage.hidden = text !== '';
    if (text === '') {
      label.setAttribute('aria-invalid', 'true');
      label.focus();
      return;
    }
    label.removeAttribute('aria-invalid');
    create.disabled = true;
    try {
      const made = await createApiToken(text);
      const secretId = uid('token-secret');
      const secret = h('input', { class: 'ds-input pf-token-secret', id: secretId, type: 'text', readonly: true, value: made.token, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${secretId}-hint ${secretId}-warn` });
      secret.addEventListener('focus', () => secret.select());
      const copied = h('span', { class: 'pf-muted', role: 'status' });
      const copy =
        navigator.clipboard && window.isSecureContext
          ? h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' }, t('account.copy'))
          : null;
      copy?.addEventListener('click', () => {
        void navigator.clipboard.writeText(made.token).then(
          () => (copied.textContent = t('account.copied')),
          () => secret.select(),
        );
      });
      status.replaceChildren(
        alert(
          'warning',
          h('h3', { class: 'ds-heading', 'data-size': 'xs' }, t('account.newTitle')),
          h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: secretId }, t('account.newToken', { label: made.label })), h('div', { class: 'pf-input-row' }, secret, copy, copied)),
          h('p', { id: `${secretId}-hint` }, t('account.copyHint')),
          h('p', { id: `${secretId}-warn` }, h('strong', {}, t('account.notAgain'))),
        ),
      );
      label.value = '';
      await refresh();
      secret.focus();
    } catch (error) {
      await showFailure(error);
    } finally {
      create.disabled = false;
    }
  };

  await refresh();
}
