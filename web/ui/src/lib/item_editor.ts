// A form that adds or changes one registry item (an activity, a plan item) with PUT, and the "Endre"
// and "Slett" buttons of a table row. Fields are checked here for what the form can know (filled in,
// a code, a whole number); everything else, and whether the user may write it at all, the server
// decides, and its message is shown as it is (role=alert).
import { ApiError } from './api';
import { h, uid } from './dom';
import { alert } from './page';
import { deleteItem, saveItem, type RegistryKind } from './registry';
import { currentRoute, href, routeText, type Route } from './router';
import { recheckSession, type SessionState } from './session';
import { t, type Key } from '../i18n/i18n';

export type Values = Record<string, string>;

export interface FieldSpec {
  name: string;
  label: string;
  // 'whole': a whole number of 0 or more, or empty; 'year': four digits.
  type: 'text' | 'date' | 'select' | 'whole' | 'year' | 'textarea';
  options?: { value: string; text: string }[];
  required?: boolean;
  help?: string;
}

export interface ItemEditor {
  // The form under its own heading; place it below the list.
  section: HTMLElement;
  // Where deletions are asked about and reported; place it above the list.
  listStatus: HTMLElement;
  // "Endre" and "Slett" for one item, named after it for screen readers.
  rowActions(values: Values): HTMLElement;
}

const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

interface Field {
  spec: FieldSpec;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  message: HTMLElement;
}

function control(spec: FieldSpec, id: string, describedBy: string): Field['control'] {
  const common = { class: 'ds-input', id, name: spec.name, 'aria-describedby': describedBy, required: spec.required === true };
  if (spec.type === 'select') return h('select', common, (spec.options ?? []).map((option) => h('option', { value: option.value }, option.text)));
  if (spec.type === 'textarea') return h('textarea', { ...common, rows: 3 });
  if (spec.type === 'date') return h('input', { ...common, type: 'date' });
  if (spec.type === 'whole' || spec.type === 'year') return h('input', { ...common, type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  return h('input', { ...common, type: 'text', autocomplete: 'off' });
}

function check(field: Field): string {
  const value = field.control.value.trim();
  const { spec } = field;
  if (value === '') return spec.required ? t('form.missing') : '';
  if (spec.name === 'code' && !CODE.test(value)) return t('form.badCode');
  if (spec.type === 'whole' && !/^\d+$/.test(value.replace(/[\s\u00a0]/g, ''))) return t('form.badWhole');
  if (spec.type === 'year' && !/^\d{4}$/.test(value)) return t('form.badYear');
  if (spec.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return t('form.badDate');
  return '';
}

function problem(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function itemEditor(options: {
  kind: RegistryKind;
  heading: string;
  newLegend: string;
  editLegend: (title: string) => string;
  fields: FieldSpec[];
  defaults: () => Values;
  toItem: (values: Values) => object;
  onChange: () => Promise<void>;
}): ItemEditor {
  const fields: Field[] = [{ name: 'code', label: t('form.code'), type: 'text', required: true, help: t('form.codeHelp') } as FieldSpec, ...options.fields].map((spec) => {
    const id = uid(`item-${spec.name}`);
    const message = h('p', { class: 'ds-validation-message', 'data-field': 'validation', 'data-color': 'danger', id: `${id}-msg`, hidden: true });
    const describedBy = spec.help ? `${id}-desc ${id}-msg` : `${id}-msg`;
    return { spec, control: control(spec, id, describedBy), message };
  });
  const byName = new Map(fields.map((field) => [field.spec.name, field]));
  const codeInput = byName.get('code')?.control as HTMLInputElement;

  const legend = h('legend', { class: 'ds-heading', 'data-size': 'xs', tabindex: '-1' });
  const formStatus = h('div', { class: 'pf-report-status pf-item-status', tabindex: '-1' });
  const listStatus = h('div', { class: 'pf-report-status pf-list-status', tabindex: '-1' });
  const submit = h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary' }, t('form.save'));
  const reset = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary' }, t('form.new'));
  const form = h(
    'form',
    { class: 'pf-form pf-item-form', novalidate: true, 'data-kind': options.kind },
    formStatus,
    h(
      'fieldset',
      { class: 'ds-fieldset pf-report-unit' },
      legend,
      fields.map((field) =>
        h(
          'div',
          { class: 'ds-field' },
          h('label', { class: 'ds-label', for: field.control.id }, field.spec.label, field.spec.required ? null : h('span', { class: 'pf-muted' }, ` (${t('form.optional')})`)),
          field.spec.help ? h('p', { 'data-field': 'description', id: `${field.control.id}-desc` }, field.spec.help) : null,
          field.control,
          field.message,
        ),
      ),
    ),
    h('div', { class: 'pf-actions' }, submit, reset),
  );
  const headingId = uid('item-heading');
  const section = h('section', { class: 'pf-section', 'aria-labelledby': headingId }, h('h2', { class: 'ds-heading', 'data-size': 'sm', id: headingId }, options.heading), form);

  const show = (field: Field, text: string): void => {
    field.message.textContent = text;
    field.message.hidden = text === '';
    if (text) field.control.setAttribute('aria-invalid', 'true');
    else field.control.removeAttribute('aria-invalid');
  };

  const fill = (values: Values, editing: boolean): void => {
    for (const field of fields) {
      field.control.value = values[field.spec.name] ?? '';
      // A select keeps its first option when the value is not among its options.
      if (field.spec.type === 'select' && field.control.value !== (values[field.spec.name] ?? '') && field.control instanceof HTMLSelectElement) {
        field.control.selectedIndex = 0;
      }
      show(field, '');
    }
    codeInput.readOnly = editing;
    legend.textContent = editing ? options.editLegend(values.title ?? values.code) : options.newLegend;
    form.dataset.editing = editing ? values.code : '';
  };

  const values = (): Values => Object.fromEntries(fields.map((field) => [field.spec.name, field.control.value.trim()]));

  for (const field of fields) field.control.addEventListener('change', () => show(field, check(field)));
  reset.addEventListener('click', () => {
    fill(options.defaults(), false);
    formStatus.replaceChildren();
    codeInput.focus();
  });

  const ended = async (error: unknown): Promise<void> => {
    if (error instanceof ApiError && error.status === 401) await recheckSession();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });

  const save = async (): Promise<void> => {
    const invalid = fields.filter((field) => {
      const text = check(field);
      show(field, text);
      return text !== '';
    });
    if (invalid.length > 0) {
      formStatus.replaceChildren(alert('danger', h('p', {}, t('form.fix'))));
      invalid[0].control.focus();
      return;
    }
    const entered = values();
    submit.disabled = true;
    submit.textContent = t('form.saving');
    try {
      const change = await saveItem(options.kind, entered.code, options.toItem(entered));
      const key = change === 'inserted' ? 'form.inserted' : change === 'unchanged' ? 'form.unchanged' : 'form.updated';
      fill(options.defaults(), false);
      await options.onChange();
      formStatus.replaceChildren(alert('success', h('p', {}, t(key, { title: entered.title ?? entered.code }))));
      formStatus.focus();
    } catch (error) {
      formStatus.replaceChildren(alert('danger', h('p', {}, t('form.failed')), h('p', { class: 'pf-server-message' }, problem(error))));
      formStatus.focus();
      await ended(error);
    } finally {
      submit.disabled = false;
      submit.textContent = t('form.save');
    }
  };

  const askDelete = (item: Values, origin: HTMLButtonElement): void => {
    const title = item.title ?? item.code;
    const confirm = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'primary', 'data-color': 'danger', 'data-size': 'sm' }, t('form.confirmDelete', { title }));
    const cancel = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' }, t('form.cancel'));
    cancel.addEventListener('click', () => {
      listStatus.replaceChildren();
      if (origin.isConnected) origin.focus();
    });
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      void (async () => {
        try {
          await deleteItem(options.kind, item.code);
          if (form.dataset.editing === item.code) fill(options.defaults(), false);
          await options.onChange();
          listStatus.replaceChildren(alert('success', h('p', {}, t('form.deleted', { title }))));
        } catch (error) {
          listStatus.replaceChildren(alert('danger', h('p', {}, t('form.deleteFailed', { title })), h('p', { class: 'pf-server-message' }, problem(error))));
          await ended(error);
        }
        listStatus.focus();
      })();
    });
    listStatus.replaceChildren(alert('warning', h('p', {}, t('form.deleteAsk', { title })), h('div', { class: 'pf-actions' }, confirm, cancel)));
    confirm.focus();
  };

  const rowActions = (item: Values): HTMLElement => {
    const title = item.title ?? item.code;
    const edit = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', 'aria-label': t('form.editLabel', { title }) }, t('form.edit'));
    const remove = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-color': 'danger', 'data-size': 'sm', 'aria-label': t('form.deleteLabel', { title }) }, t('form.delete'));
    edit.addEventListener('click', () => {
      fill(item, true);
      formStatus.replaceChildren();
      section.scrollIntoView({ block: 'start' });
      legend.focus();
    });
    remove.addEventListener('click', () => askDelete(item, remove));
    return h('div', { class: 'pf-row-actions' }, edit, remove);
  };

  fill(options.defaults(), false);
  return { section, listStatus, rowActions };
}

// In place of the form: why there is none, and for a visitor a way to sign in and come back.
export function editingHint(who: SessionState, route: Route): HTMLElement {
  if (!who.signedIn) {
    const link = h('a', { class: 'ds-link', href: href('login', { next: routeText(route) }) }, t('auth.signIn'));
    // The page may have changed its address since (a year chosen): read it when followed.
    link.addEventListener('click', () => link.setAttribute('href', href('login', { next: routeText(currentRoute()) })));
    return h('p', { class: 'ds-paragraph pf-note pf-edit-hint' }, t('form.signInToEdit'), ' ', link);
  }
  if (who.role === 'reporter') return h('p', { class: 'ds-paragraph pf-note pf-edit-hint' }, t('form.noParticipants'));
  return h('p', { class: 'ds-paragraph pf-note pf-edit-hint' }, t('form.roleCannot', { role: who.role ? t(`role.${who.role}` as Key) : '' }));
}
