// Building blocks shared by the pages: headings, sections, alerts.
import { h, uid, type Child } from './dom';
import { ApiError } from './api';
import { t } from '../i18n/i18n';

export function pageHeader(title: string, lead?: string): HTMLElement {
  return h(
    'div',
    { class: 'pf-page-header' },
    h('h1', { class: 'ds-heading', 'data-size': 'lg' }, title),
    lead ? h('p', { class: 'ds-paragraph pf-lead', 'data-variant': 'long' }, lead) : null,
  );
}

export function section(title: string, ...children: Child[]): HTMLElement {
  const id = uid('section');
  return h('section', { class: 'pf-section', 'aria-labelledby': id }, h('h2', { class: 'ds-heading', 'data-size': 'sm', id }, title), ...children);
}

export function alert(color: 'info' | 'warning' | 'danger' | 'success', ...children: Child[]): HTMLElement {
  return h('div', { class: 'ds-alert', 'data-color': color, role: color === 'danger' ? 'alert' : 'status' }, ...children);
}

// The message for a failed request: "not there yet" for 404/405, else the error itself.
export function failure(error: unknown): HTMLElement {
  if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501)) {
    return alert('info', h('p', {}, t('app.unavailable', { message: `HTTP ${error.status}` })));
  }
  const message = error instanceof Error ? error.message : String(error);
  return alert('danger', h('p', {}, t('app.error', { message })));
}
