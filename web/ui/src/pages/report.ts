// The yearly reporting form: a participant's org unit and a year; one field per figure and unit
// (the unit and the units below it), last year's value beside each, inline validation, and a
// confirmation that lists what was saved. The same figures can be downloaded as a spreadsheet to
// fill in offline (GET /api/template; docs/formats/xlsx_template.md).
import {
  ApiError,
  dataElements,
  dataValues,
  orgUnit,
  orgUnits,
  participants,
  postDataValues,
  type DataElement,
  type DataValue,
} from '../lib/api';
import { h, uid } from '../lib/dom';
import { formatValue } from '../lib/format';
import { alert, failure, pageHeader } from '../lib/page';
import { href, routeText, type Route } from '../lib/router';
import { loadSession, mayReport, recheckSession } from '../lib/session';
import { checkFigure, WHOLE_NUMBER_TYPES } from '../lib/validate';
import { t, tOr, type Key } from '../i18n/i18n';

const REPORTED = ['mt_positions', 'mt_patients'];
const FIRST_YEAR = 2015;

interface Field {
  input: HTMLInputElement;
  message: HTMLElement;
  element: DataElement;
  unit: { code: string; name: string };
  initial: string;
}

function reportable(elements: DataElement[]): DataElement[] {
  const chosen = elements.filter((element) => REPORTED.includes(element.code) || /activit/i.test(element.code));
  return chosen.sort((a, b) => {
    const rank = (code: string): number => (REPORTED.includes(code) ? REPORTED.indexOf(code) : REPORTED.length);
    return rank(a.code) - rank(b.code);
  });
}

// A unit one reports for; `participant` names whose it is, when the participant list says.
interface ReportingUnit {
  code: string;
  name: string;
  participant?: string;
}

async function participantUnits(): Promise<ReportingUnit[]> {
  try {
    const list = await participants();
    const seen = new Set<string>();
    return list
      .filter((p) => p.org_unit && !seen.has(p.org_unit) && seen.add(p.org_unit))
      .map((p) => ({ code: p.org_unit as string, name: p.name, participant: p.code }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    // Without the participant list, any reporting unit can be chosen.
    const units = await orgUnits();
    return units.filter((unit) => !['nation', 'health_region', 'county'].includes(unit.kind)).map((unit) => ({ code: unit.code, name: unit.name }));
  }
}

function showMessage(field: Field, message: string): void {
  field.message.textContent = message;
  field.message.hidden = message === '';
  if (message) field.input.setAttribute('aria-invalid', 'true');
  else field.input.removeAttribute('aria-invalid');
}

function validate(field: Field): ReturnType<typeof checkFigure> {
  const checked = checkFigure(field.input.value, WHOLE_NUMBER_TYPES.has(field.element.value_type));
  showMessage(field, checked.ok ? '' : checked.message);
  return checked;
}

function fieldFor(element: DataElement, unit: { code: string; name: string }, current: string | undefined, previous: string | undefined, lastYear: number): { node: HTMLElement; field: Field } {
  const id = uid('fig');
  const whole = WHOLE_NUMBER_TYPES.has(element.value_type);
  const previousText = previous !== undefined ? t('rep.lastYear', { year: lastYear, value: formatValue(Number(previous), false) }) : t('rep.noLastYear', { year: lastYear });
  const help = element.code === 'mt_positions' ? t('rep.positionsHelp') : whole ? t('rep.countHelp') : '';
  const input = h('input', {
    class: 'ds-input',
    id,
    type: 'text',
    inputmode: whole ? 'numeric' : 'decimal',
    autocomplete: 'off',
    name: `${unit.code}:${element.code}`,
    'data-de': element.code,
    'data-ou': unit.code,
    'aria-describedby': `${id}-desc ${id}-last ${id}-msg`,
    value: current ?? '',
  });
  const message = h('p', { class: 'ds-validation-message', 'data-field': 'validation', 'data-color': 'danger', id: `${id}-msg`, hidden: true });
  const node = h(
    'div',
    { class: 'ds-field pf-report-field' },
    h('label', { class: 'ds-label', for: id }, tOr(`dx.${element.code}`, element.name)),
    help ? h('p', { 'data-field': 'description', id: `${id}-desc` }, help) : h('span', { id: `${id}-desc`, hidden: true }),
    h('div', { class: 'pf-input-row' }, input, h('span', { class: 'pf-last-year', id: `${id}-last` }, previousText)),
    message,
  );
  return { node, field: { input, message, element, unit, initial: current ?? '' } };
}

export async function renderReport(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('rep.title'), t('rep.lead')));
  // Saving needs a role that may write; without one the page says so instead of a form that fails.
  const who = await loadSession();
  if (!who.signedIn) {
    main.append(
      alert(
        'info',
        h('p', {}, h('strong', {}, t('rep.signInNeeded'))),
        h('p', {}, t('rep.signInWhy')),
        h('p', {}, h('a', { class: 'ds-link', href: href('login', { next: routeText(route) }) }, t('rep.signInLink'))),
      ),
    );
    return;
  }
  if (!mayReport(who)) {
    main.append(
      alert(
        'info',
        h('p', {}, h('strong', {}, t('rep.roleCannot', { user: who.user, role: who.role ? t(`role.${who.role}` as Key) : '' }))),
        h('p', {}, t('rep.roleCannotHelp')),
      ),
    );
    return;
  }
  let units: ReportingUnit[];
  let elements: DataElement[];
  try {
    [units, elements] = await Promise.all([participantUnits(), dataElements().then(reportable)]);
  } catch (error) {
    main.append(failure(error));
    return;
  }
  if (elements.length === 0) {
    main.append(alert('warning', h('p', {}, t('rep.noElements'))));
    return;
  }
  const thisYear = new Date().getFullYear();
  // A reporter starts at its own unit.
  const ownUnit = units.find((unit) => who.role === 'reporter' && who.orgUnits.includes(unit.code))?.code;
  const chosenOu = route.params.get('ou') ?? ownUnit ?? units[0]?.code ?? '';
  const chosenYear = Number(route.params.get('year') ?? thisYear - 1);

  const ouId = uid('rep-ou');
  const yearId = uid('rep-year');
  const ouSelect = h('select', { class: 'ds-input', id: ouId, name: 'ou' }, units.map((unit) => h('option', { value: unit.code, selected: unit.code === chosenOu }, `${unit.name} (${unit.code})`)));
  const years: number[] = [];
  for (let year = thisYear; year >= FIRST_YEAR; year -= 1) years.push(year);
  const yearSelect = h('select', { class: 'ds-input', id: yearId, name: 'year' }, years.map((year) => h('option', { value: String(year), selected: year === chosenYear }, String(year))));
  const templateLink = h('a', { class: 'ds-link', href: '/api/template', download: '' }, t('rep.template'));
  const templateHolder = h('p', { class: 'pf-report-template' }, templateLink);
  // The template is the participant's: units chosen without the participant list have none.
  const showTemplateLink = (): void => {
    const participant = units.find((unit) => unit.code === ouSelect.value)?.participant;
    templateHolder.hidden = participant === undefined;
    if (participant !== undefined) {
      templateLink.setAttribute('href', `/api/template?participant=${encodeURIComponent(participant)}&year=${encodeURIComponent(yearSelect.value)}`);
    }
  };
  const status = h('div', { class: 'pf-report-status', tabindex: '-1' });
  const fieldsHolder = h('div', { class: 'pf-report-units' });
  const submit = h('button', { type: 'submit', class: 'ds-button', 'data-variant': 'primary' }, t('rep.submit'));
  const form = h(
    'form',
    { class: 'pf-form pf-report', novalidate: true },
    h(
      'div',
      { class: 'pf-row' },
      h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: ouId }, t('rep.ou')), ouSelect),
      h('div', { class: 'ds-field' }, h('label', { class: 'ds-label', for: yearId }, t('rep.year')), yearSelect),
    ),
    templateHolder,
    status,
    fieldsHolder,
    h('div', {}, submit),
  );
  main.append(form);

  let fields: Field[] = [];
  const load = async (): Promise<void> => {
    showTemplateLink();
    status.replaceChildren();
    fieldsHolder.replaceChildren(h('p', { class: 'pf-muted' }, t('app.loading')));
    const year = Number(yearSelect.value);
    let reportingUnits: { code: string; name: string }[];
    try {
      const detail = await orgUnit(ouSelect.value);
      reportingUnits = [{ code: detail.code, name: detail.name }, ...(detail.children ?? []).map((child) => ({ code: child.code, name: child.name }))];
    } catch {
      const unit = units.find((u) => u.code === ouSelect.value);
      reportingUnits = unit ? [unit] : [];
    }
    const values = await dataValues(
      elements.map((element) => element.code),
      reportingUnits.map((unit) => unit.code),
      [String(year - 1), String(year)],
    ).catch((error: unknown) => {
      if (!(error instanceof ApiError && error.status === 404)) console.warn('last year\'s values failed', error);
      return [] as DataValue[];
    });
    const valueOf = (de: string, ou: string, pe: number): string | undefined =>
      values.find((v) => v.dataElement === de && v.orgUnit === ou && v.period === String(pe) && (!v.categoryOptionCombo || v.categoryOptionCombo === 'default'))?.value;
    fields = [];
    fieldsHolder.replaceChildren(
      ...reportingUnits.map((unit) =>
        h(
          'fieldset',
          { class: 'ds-fieldset pf-report-unit', 'data-ou': unit.code },
          h('legend', { class: 'ds-heading', 'data-size': 'xs' }, t('rep.unitFields', { unit: unit.name })),
          elements.map((element) => {
            const { node, field } = fieldFor(element, unit, valueOf(element.code, unit.code, year), valueOf(element.code, unit.code, year - 1), year - 1);
            // Checked on leaving the field, except towards the save button: the message would push
            // the button away under the pointer, and saving checks every field anyway.
            field.input.addEventListener('blur', (event) => {
              if (event.relatedTarget !== submit) validate(field);
            });
            field.input.addEventListener('input', () => {
              if (field.input.hasAttribute('aria-invalid')) validate(field);
            });
            fields.push(field);
            return node;
          }),
        ),
      ),
    );
  };
  const reload = (): void => {
    history.replaceState(null, '', `#/report?ou=${encodeURIComponent(ouSelect.value)}&year=${yearSelect.value}`);
    void load();
  };
  ouSelect.addEventListener('change', reload);
  yearSelect.addEventListener('change', reload);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });

  const save = async (): Promise<void> => {
    const year = yearSelect.value;
    const invalid: Field[] = [];
    const toSend: { field: Field; value: string }[] = [];
    for (const field of fields) {
      const checked = validate(field);
      if (!checked.ok) invalid.push(field);
      else if (checked.value !== '' && checked.value !== field.initial) toSend.push({ field, value: checked.value });
    }
    if (invalid.length > 0) {
      status.replaceChildren(
        h(
          'div',
          { class: 'ds-error-summary', role: 'alert' },
          h('h2', { class: 'ds-heading', 'data-size': 'xs' }, t('rep.errors')),
          h('ul', {}, invalid.map((field) => h('li', {}, h('a', { class: 'ds-link', href: `#${field.input.id}`, onclick: (e: Event) => { e.preventDefault(); field.input.focus(); } }, `${field.unit.name} – ${tOr(`dx.${field.element.code}`, field.element.name)}: ${field.message.textContent}`)))),
        ),
      );
      status.focus();
      return;
    }
    if (toSend.length === 0) {
      status.replaceChildren(alert('info', h('p', {}, t('rep.nothing'))));
      status.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('rep.saving');
    try {
      const payload: DataValue[] = toSend.map(({ field, value }) => ({ dataElement: field.element.code, period: year, orgUnit: field.unit.code, value }));
      const result = await postDataValues(payload);
      if (result.status >= 200 && result.status < 300) {
        const counts = result.summary?.importCount;
        status.replaceChildren(
          alert(
            'success',
            h('p', {}, h('strong', {}, t('rep.saved', { year }))),
            h('ul', { class: 'pf-saved' }, toSend.map(({ field, value }) => h('li', {}, `${field.unit.name} – ${tOr(`dx.${field.element.code}`, field.element.name)}: ${formatValue(Number(value), false)}`))),
            counts ? h('p', {}, t('rep.counts', { imported: counts.imported, updated: counts.updated, ignored: counts.ignored })) : null,
          ),
        );
        for (const { field, value } of toSend) field.initial = value;
      } else if (result.status === 401) {
        // The session has ended (expired, or the server restarted).
        status.replaceChildren(
          alert('danger', h('p', {}, t('rep.sessionEnded')), h('p', {}, h('a', { class: 'ds-link', href: href('login', { next: routeText({ path: ['report'], params: new URLSearchParams({ ou: ouSelect.value, year }) }) }) }, t('auth.signIn')))),
        );
        void recheckSession();
      } else if (result.status === 403) {
        // A reporter's own units and those below them only; the server names the unit.
        status.replaceChildren(alert('danger', h('p', {}, t('rep.forbidden')), h('p', { class: 'pf-server-message' }, result.message)));
      } else {
        const conflicts = result.summary?.conflicts ?? [];
        for (const conflict of conflicts) {
          const index = Number(/dataValues\[(\d+)\]/.exec(conflict.object)?.[1] ?? -1);
          if (index >= 0 && index < toSend.length) showMessage(toSend[index].field, conflict.value);
        }
        status.replaceChildren(
          alert(
            'danger',
            h('p', {}, t('rep.serverErrors')),
            h('ul', {}, conflicts.length > 0 ? conflicts.map((c) => h('li', {}, `${c.object}: ${c.value}`)) : h('li', {}, result.message)),
          ),
        );
      }
    } catch (error) {
      status.replaceChildren(failure(error));
    } finally {
      submit.disabled = false;
      submit.textContent = t('rep.submit');
      status.focus();
    }
  };

  await load();
}
